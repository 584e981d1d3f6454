using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;

namespace CertInspect.Reporting.Formatted;

/// <summary>
/// Writes what inspect found, as aligned text for people or as JSON (the audit report's certificate shape). The text
/// fits <paramref name="width"/> when one is given (a terminal's, or COLUMNS): a value wraps under the value column.
/// </summary>
public sealed class CertificateInspectionWriter(ModelFormat format, int? width = null)
    : FormattedWriter<CertificateInspection>(format, new Dictionary<ModelFormat, Action<CertificateInspection, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = (inspection, output) => WriteTable(inspection, output, width) })
{
    private const int ValueColumn = 15;

    private static void WriteTable(CertificateInspection inspection, TextWriter output, int? width)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        // A value no line holds whole (a SHA-256 fingerprint, a name without spaces, a CRL URL) is broken after a
        // colon, comma or slash; only the path of a --trust file stays whole, to copy.
        void Row(string label, string value, bool isPath = false) => Lines(output, $"  {label,-12} ", value, ValueColumn, width, breakLongWords: !isPath);
        foreach (InspectedCertificate inspected in inspection.Certificates)
        {
            CertificateFacts facts = inspected.Located.Certificate;
            int daysLeft = facts.DaysLeft(inspection.AsOf);
            Lines(output, string.Empty, $"{inspected.Located.Location} ({inspected.Located.Container} #{inspected.Located.Index.ToString(CultureInfo.InvariantCulture)})", 2, width);
            Row("role", Role(inspected));
            Row("subject", facts.Subject.Rfc4514);
            Row("issuer", facts.Issuer.Rfc4514);
            Row("serial", facts.SerialHex);
            Row("validity", string.Create(
                CultureInfo.InvariantCulture,
                $"{Time(facts.NotBefore)} .. {Time(facts.NotAfter)} ({(daysLeft < 0 ? $"expired {Counted.Of(-daysLeft, "day")} before" : $"{Counted.Of(daysLeft, "day")} left on")} {inspection.AsOf:yyyy-MM-dd})"));
            Row("signature", facts.SignatureAlgorithm.Name);
            Row("public key", facts.PublicKey.ToString());
            Row("key ids", $"subject {facts.SubjectKeyId ?? "-"}, authority {facts.AuthorityKeyId ?? "-"}");
            Row("constraints", facts.IsCa is null ? "-" : facts.IsCa.Value ? $"CA{(facts.PathLength is { } n ? $", path length {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}" : "not a CA");
            Row("key usage", List(facts.KeyUsage));
            Row("alt names", List(facts.SubjectAltNames));
            Row("CRL", List(facts.CrlDistributionPoints));
            Row("SHA-256", facts.Sha256Fingerprint);
            Row("SHA-1", facts.Sha1Fingerprint);
            Row("violations", List(facts.Violations));
            Row("chain", Chain(inspected.Chain));
            Row("anchor", inspected.Chain.Anchor ?? "none: the chain ends at no built-in or --trust certificate", isPath: true);
            Row("trust ends", $"{Time(inspected.Chain.EffectiveEnd)} (set by {inspected.Chain.EffectiveEndSource})");
            output.WriteLine();
        }

        foreach (InputError error in inspection.Errors)
        {
            Lines(output, string.Empty, $"{error.Location}: {error.Message}", 2, width);
        }

        output.WriteLine($"{Counted.Of(inspection.Certificates.Count, "certificate")}; {Counted.Of(inspection.Errors.Count, "input error")}.");
    }

    private static void WriteJson(CertificateInspection inspection, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions))
        {
            json.WriteStartObject();
            json.WriteString("asOf", inspection.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("certificates");
            foreach (InspectedCertificate inspected in inspection.Certificates)
            {
                json.WriteStartObject();
                json.WriteString("role", inspected.Role.Id());
                json.WriteString("platform", inspected.Identity.Platform);
                json.WriteString("mac", inspected.Identity.Mac);
                json.WriteString("pid", inspected.Identity.Pid);
                json.WriteString("deviceSerial", inspected.Identity.Serial);
                json.WriteBooleanOrNull("genuineCiscoCa", inspected.GenuineCiscoCa);

                CertificateJson.WriteFacts(json, inspected.Located, inspection.AsOf);
                CertificateJson.WriteChain(json, inspected.Chain, inspection.AsOf);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteInputErrors(inspection.Errors);
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static string Role(InspectedCertificate inspected)
    {
        string role = inspected.Role.Label();
        CertificateIdentity id = inspected.Identity;
        var parts = new List<string>();
        if (id.Platform is not null)
        {
            parts.Add($"platform {id.Platform}");
        }

        if (id.Mac is not null)
        {
            parts.Add($"MAC {id.Mac}");
        }

        if (id.Pid is not null)
        {
            parts.Add($"PID {id.Pid}");
        }

        if (id.Serial is not null)
        {
            parts.Add($"serial {id.Serial}");
        }

        string genuine = inspected.GenuineCiscoCa switch
        {
            true => " (Cisco's certificate: the fingerprint matches)",
            false => " (named like a Cisco CA, but the fingerprint is not Cisco's)",
            _ => string.Empty,
        };
        return parts.Count == 0 ? role + genuine : $"{role}{genuine}: {string.Join(", ", parts)}";
    }

    private static string Chain(CertificateChain chain)
    {
        string links = string.Join(" <- ", chain.Links.Select(l =>
        {
            string name = l.Certificate.Certificate.Subject.CommonName ?? l.Certificate.Certificate.Subject.Rfc4514;
            string check = l.SignatureByIssuer?.Result switch
            {
                SignatureCheckResult.Valid => "signature valid",
                SignatureCheckResult.Invalid => "SIGNATURE INVALID",
                SignatureCheckResult.Unsupported => "signature not checked: " + l.SignatureByIssuer.Detail,
                _ => "issuer not given",
            };
            return $"{name} [{check}]";
        }).Reverse());
        return chain.End switch
        {
            ChainEnd.SelfIssued => links + " (ends at a self-issued certificate)",
            ChainEnd.IssuerMissing => links + " (incomplete: pass the issuer with --trust)",
            _ => links + " (broken: a loop or too long)",
        };
    }

    private static void Lines(TextWriter output, string indent, string text, int hanging, int? width, bool breakLongWords = false)
    {
        foreach (string line in HangingIndent.Wrap(indent, text, hanging, width, breakLongWords))
        {
            output.WriteLine(line);
        }
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
