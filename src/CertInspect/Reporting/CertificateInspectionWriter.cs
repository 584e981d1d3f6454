using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Reporting;

/// <summary>Writes what inspect found, as aligned text for people or as JSON (the audit report's certificate shape).</summary>
public sealed class CertificateInspectionWriter(ModelFormat format)
    : FormattedWriter<CertificateInspection>(format, new Dictionary<ModelFormat, Action<CertificateInspection, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = WriteTable })
{
    private static void WriteTable(CertificateInspection inspection, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        foreach (InspectedCertificate inspected in inspection.Certificates)
        {
            CertificateFacts facts = inspected.Located.Certificate;
            int daysLeft = facts.DaysLeft(inspection.AsOf);
            output.WriteLine($"{inspected.Located.Location} ({inspected.Located.Container} #{inspected.Located.Index.ToString(CultureInfo.InvariantCulture)})");
            Row(output, "role", Role(inspected));
            Row(output, "subject", facts.Subject.Rfc4514);
            Row(output, "issuer", facts.Issuer.Rfc4514);
            Row(output, "serial", facts.SerialHex);
            Row(output, "validity", string.Create(
                CultureInfo.InvariantCulture,
                $"{Time(facts.NotBefore)} .. {Time(facts.NotAfter)} ({(daysLeft < 0 ? $"expired {-daysLeft} days before" : $"{daysLeft} days left on")} {inspection.AsOf:yyyy-MM-dd})"));
            Row(output, "signature", facts.SignatureAlgorithm.Name);
            Row(output, "public key", facts.PublicKey.ToString());
            Row(output, "key ids", $"subject {facts.SubjectKeyId ?? "-"}, authority {facts.AuthorityKeyId ?? "-"}");
            Row(output, "constraints", facts.IsCa is null ? "-" : facts.IsCa.Value ? $"CA{(facts.PathLength is { } n ? $", path length {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}" : "not a CA");
            Row(output, "key usage", List(facts.KeyUsage));
            Row(output, "alt names", List(facts.SubjectAltNames));
            Row(output, "CRL", List(facts.CrlDistributionPoints));
            Row(output, "SHA-256", facts.Sha256Fingerprint);
            Row(output, "SHA-1", facts.Sha1Fingerprint);
            Row(output, "violations", List(facts.Violations));
            Row(output, "chain", Chain(inspected.Chain));
            Row(output, "anchor", inspected.Chain.Anchor ?? "none: the chain ends at no built-in or --trust certificate");
            Row(output, "trust ends", $"{Time(inspected.Chain.EffectiveEnd)} (set by {inspected.Chain.EffectiveEndSource})");
            output.WriteLine();
        }

        foreach (InputError error in inspection.Errors)
        {
            output.WriteLine($"{error.Location}: {error.Message}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inspection.Certificates.Count} certificates; {inspection.Errors.Count} input errors."));
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

    private static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-12} {value}");

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
