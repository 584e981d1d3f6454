using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Reporting.Json;

/// <summary>
/// A certificate as the JSON reports give it (audit's device certificates and inspect's list), in a fixed order:
/// what it is, its facts, where it was found, its chain with each signature check, and its violations.
/// </summary>
internal static class CertificateJson
{
    public static void Write(Utf8JsonWriter json, DeviceCertificate certificate, DateOnly asOf)
    {
        json.WriteStartObject();
        json.WriteString("role", certificate.RoleId);
        WriteFacts(json, certificate.Located, asOf);
        WriteChain(json, certificate.Chain, asOf);
        json.WriteStringArray("notGenuineCiscoCas", certificate.ImpostorCas);
        json.WriteEndObject();
    }

    public static void WriteFacts(Utf8JsonWriter json, LocatedCertificate located, DateOnly asOf)
    {
        CertificateFacts facts = located.Certificate;
        json.WriteString("source", located.Location.Source);
        json.WriteNumberOrNull("line", located.Location.Line);

        json.WriteString("container", located.Container);
        json.WriteNumber("index", located.Index);
        json.WriteString("textSource", facts.TextSource);
        json.WriteString("subject", facts.Subject.Rfc4514);
        WriteAttributes(json, "subjectAttributes", facts.Subject);
        json.WriteString("issuer", facts.Issuer.Rfc4514);
        WriteAttributes(json, "issuerAttributes", facts.Issuer);
        json.WriteString("serial", facts.SerialHex);
        json.WriteString("notBefore", facts.HasNotBefore ? Time(facts.NotBefore) : null);
        json.WriteString("notAfter", Time(facts.NotAfter));
        json.WriteNumber("daysLeft", facts.DaysLeft(asOf));
        json.WriteString("signatureAlgorithm", facts.SignatureAlgorithm.Name);
        json.WriteString("publicKey", facts.PublicKey.ToString());
        json.WriteString("subjectKeyId", facts.SubjectKeyId);
        json.WriteString("authorityKeyId", facts.AuthorityKeyId);
        json.WriteBooleanOrNull("isCa", facts.IsCa);

        json.WriteStringArray("keyUsage", facts.KeyUsage);
        json.WriteStringArray("subjectAltNames", facts.SubjectAltNames);
        json.WriteStringArray("crlDistributionPoints", facts.CrlDistributionPoints);
        json.WriteString("sha256", facts.IsTextual ? null : facts.Sha256Fingerprint);
        json.WriteString("sha1", facts.Sha1Fingerprint.Length == 0 ? null : facts.Sha1Fingerprint);
        json.WriteStringArray("violations", facts.Violations);
        json.WriteStringArray("ambiguousTimes", facts.AmbiguousTimes);
        json.WriteStringArray("dateNotes", facts.DateNotes);
        json.WriteStartArray("textFields");
        foreach ((string key, string value) in facts.TextFields)
        {
            json.WriteStartObject();
            json.WriteString("name", key);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteChain(Utf8JsonWriter json, CertificateChain chain, DateOnly asOf)
    {
        json.WriteStartObject("chain");
        json.WriteString("end", chain.End switch
        {
            ChainEnd.SelfIssued => "self-issued",
            ChainEnd.IssuerMissing => "issuer-missing",
            _ => "broken",
        });
        json.WriteString("anchor", chain.Anchor);
        json.WriteString("effectiveEnd", Time(chain.EffectiveEnd));
        json.WriteString("effectiveEndFrom", chain.EffectiveEndSource);
        json.WriteNumber("effectiveDaysLeft", DateOnly.FromDateTime(chain.EffectiveEnd.UtcDateTime).DayNumber - asOf.DayNumber);
        json.WriteStringArray("signatureHashes", chain.SignatureHashes);
        json.WriteStartArray("links");
        foreach (ChainLink link in chain.Links)
        {
            json.WriteStartObject();
            json.WriteString("subject", link.Certificate.Certificate.Subject.Rfc4514);
            json.WriteString("notAfter", Time(link.Certificate.Certificate.NotAfter));
            json.WriteString("signatureAlgorithm", link.Certificate.Certificate.SignatureAlgorithm.Name);
            json.WriteString("signature", link.SignatureByIssuer?.Result switch
            {
                SignatureCheckResult.Valid => "valid",
                SignatureCheckResult.Invalid => "invalid",
                SignatureCheckResult.Unsupported => "unchecked: " + link.SignatureByIssuer.Detail,
                _ => "issuer-missing",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Per attribute, in encoding order, with the string type it was encoded with (T61String and BMPString show here).
    private static void WriteAttributes(Utf8JsonWriter json, string name, DistinguishedName distinguishedName)
    {
        json.WriteStartArray(name);
        foreach (NameEntry entry in distinguishedName.Attributes)
        {
            json.WriteStartObject();
            json.WriteString("name", entry.ShortName);
            json.WriteString("oid", entry.Oid);
            json.WriteString("value", entry.Value);
            json.WriteString("type", entry.StringType);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
