using System.Net;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The trust chain of Cisco-IOS-XE-system-integrity-oper (the model behind "show system integrity all trust_chain") as
/// RESTCONF returns it in JSON and NETCONF in XML: each certificate a base64 value, bare or PEM-armoured, wrapped at
/// 64 or 76 characters (MIME) or on one line, with its line breaks "\n"-escaped in JSON or as character references
/// in XML. Every value that is base64 of a DER SEQUENCE is a candidate; the certificate decoder decides the rest.
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
        Regex values = format == JsonFormat ? JsonString() : XmlText();
        foreach (Match match in values.Matches(text))
        {
            string value = format == JsonFormat ? JsonUnescape(match.Groups["v"].Value) : WebUtility.HtmlDecode(match.Groups["v"].Value);
            string base64 = string.Concat(value.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));
            byte[] der = new byte[base64.Length];
            if (Convert.TryFromBase64String(base64, der, out int written) && written > 0 && der[0] == 0x30)
            {
                yield return (der[..written], 1 + text.AsSpan(0, match.Index).Count('\n'));
            }
        }
    }

    // JSON escapes that base64 and PEM armour can contain: line breaks, the solidus, quotes and backslashes.
    private static string JsonUnescape(string value) =>
        value.Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\\r", "\n", StringComparison.Ordinal)
            .Replace("\\t", " ", StringComparison.Ordinal)
            .Replace("\\/", "/", StringComparison.Ordinal)
            .Replace("\\\"", "\"", StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal);

    // Values of 200 characters or more: shorter ones are keys, names and nonces, and the smallest certificate is
    // hundreds of base64 characters.
    [GeneratedRegex(@"""(?<v>(?:[^""\\]|\\.){200,})""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonString();

    [GeneratedRegex(@">(?<v>[^<]{200,})<", RegexOptions.CultureInvariant)]
    private static partial Regex XmlText();
}
