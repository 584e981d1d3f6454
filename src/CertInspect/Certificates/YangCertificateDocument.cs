using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The trust chain of Cisco-IOS-XE-system-integrity-oper (the model behind "show system integrity all trust_chain") as
/// RESTCONF returns it in JSON and NETCONF in XML: each certificate a base64 value, bare or PEM-armoured, wrapped at
/// 64 or 76 characters (MIME) or on one line, with its line breaks escaped in JSON ("\n", "\u000A") or as character
/// references in XML. In JSON the values of the model's trust-chain entries are read with a JSON parser, whatever
/// escapes they use; in XML every long text is a candidate. The certificate decoder decides the rest.
/// </summary>
internal static partial class YangCertificateDocument
{
    public const string JsonFormat = "restconf-json";
    public const string XmlFormat = "netconf-xml";

    /// <summary>Whether the text is such a document: JSON or XML that names the system-integrity model.</summary>
    public static string? FormatOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.Contains("system-integrity", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return start.StartsWith('{') ? JsonFormat : start.StartsWith('<') ? XmlFormat : null;
    }

    /// <summary>The certificates of the document, each located at the line where its value starts.</summary>
    public static CertificateFileContents Read(string text, string source, string format)
    {
        var certificates = new List<LocatedCertificate>();
        var errors = new List<InputError>();
        foreach ((byte[] der, long line) in Values(text, format))
        {
            CertificateFileReader.AddCertificate(der, new SourceLocation(source, line), format, certificates.Count + 1, certificates, errors, offsetNote: "in the value");
        }

        if (certificates.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(new SourceLocation(source, null), "a system-integrity document without a certificate value (base64 of DER)"));
        }

        return new CertificateFileContents(format, certificates, errors);
    }

    // The DER of each base64 value in the document, with the 1-based line where the value starts.
    private static IEnumerable<(byte[] Der, long Line)> Values(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        IEnumerable<(string Value, int Offset)> values = format == JsonFormat
            ? JsonValues(text)
            : XmlText().Matches(text).Select(m => (WebUtility.HtmlDecode(m.Groups["v"].Value), m.Index));
        foreach ((string value, int offset) in values)
        {
            string base64 = string.Concat(value.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));
            byte[] der = new byte[base64.Length];
            if (Convert.TryFromBase64String(base64, der, out int written) && written > 0 && der[0] == 0x30)
            {
                yield return (der[..written], 1 + text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n'));
            }
        }
    }

    // The model's trust chain: a list "trust-chain" (inside the integrity entry's container of the same name, or
    // directly under a location) of entries whose "value" (or "cert-value") is the certificate. A JSON parser reads
    // the strings, so every escape RFC 8259 §7 allows is undone ("\u000A" line breaks as devices send them). What a
    // document that breaks off holds before the break is kept.
    private static List<(string Value, int Offset)> JsonValues(string text)
    {
        var values = new List<(string, int)>();
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = LocalName(reader.GetString()!);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(property ?? string.Empty);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        property = null;
                        break;
                    case JsonTokenType.String when property is "value" or "cert-value" && path.Contains(TrustChain, StringComparer.Ordinal):
                        values.Add((reader.GetString()!, Encoding.UTF8.GetCharCount(utf8.AsSpan(0, (int)reader.TokenStartIndex))));
                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The rest is not JSON: what was read before it stands.
        }

        return values;
    }

    private const string TrustChain = "trust-chain";

    // "Cisco-IOS-XE-system-integrity-oper:trust-chain" → "trust-chain": RFC 7951 §4 prefixes a member with its module.
    private static string LocalName(string name) => name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];

    // XML text of 200 characters or more: shorter texts are names and nonces; the smallest certificate is hundreds of
    // base64 characters.
    [GeneratedRegex(@">(?<v>[^<]{200,})<", RegexOptions.CultureInvariant)]
    private static partial Regex XmlText();
}
