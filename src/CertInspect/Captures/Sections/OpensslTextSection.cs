using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "openssl x509 -noout -text" pasted without its PEM block (rules data source cisco-cli-output): "Certificate:",
/// "Data:", the serial on the line after "Serial Number:" (or after it in decimal and hex), "Issuer:" and "Subject:"
/// as one-line names in OpenSSL's order (also with the legacy "/emailAddress=" form), "Validity" with "Not Before:"
/// and "Not After :" ("Sep 16 19:27:57 2026 GMT"), the public key's size, and the X509v3 extensions CertInspect
/// reads. Read like "show crypto pki certificates": a certificate described in text, no signature to verify. Without a
/// prompt above it, each certificate is a device's of its own (people paste several devices' certificates together);
/// under a prompt, they are that device's.
/// </summary>
internal sealed partial class OpensslTextSection(CaptureSession session, CapturedDevice device, bool prompted) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "openssl x509 -text",
        Forms = [new("openssl x509 *")],
        StartsOutput = trimmed => trimmed is "Certificate:" or "Data:",
        Create = start => new OpensslTextSection(start.Session, start.Device, prompted: start.Device.Context.Length > 0),
    };

    private const string TextSource = "openssl x509 -text";
    private TextCertificate? _certificate;
    private string? _pending;
    private bool _inSignature;

    // The line before the one being read, and the label above the certificate being read ("eWLC:", "Porch AP:").
    private CaptureLine? _previous;
    private CapturedValue? _label;

    public override bool Accept(CaptureLine line)
    {
        CaptureLine? previous = _previous ?? session.LastDiagnosed;
        _previous = line;
        string text = line.Trimmed;
        if (text is "Certificate:" || (text is "Data:" && _certificate?.NotAfter is not null))
        {
            Finish();
            Start(line, previous);
            return true;
        }

        if (text is "Data:")
        {
            if (_certificate is null)
            {
                Start(line, previous);
            }

            return true;
        }

        if (_certificate is null)
        {
            return false;
        }

        _certificate.Remember(text);
        // The value of the field on the line before: no "Key:" of its own, or a hex line (colons in it).
        if (_pending is { } key && (!text.Contains(':', StringComparison.Ordinal) || HexLine().IsMatch(text) || text.StartsWith("keyid:", StringComparison.OrdinalIgnoreCase)
            || key is "x509v3 key usage" or "x509v3 subject alternative name" or "x509v3 basic constraints" or "x509v3 crl distribution points"))
        {
            _pending = null;
            return Value(key, text);
        }

        if (_inSignature && HexLine().IsMatch(text))
        {
            return true;
        }

        KeyValueLine? pair = KeyValueLine.Parse(text);
        if (pair is null)
        {
            return text is "Validity" or "X509v3 extensions:" || text.StartsWith("Modulus", StringComparison.Ordinal) || HexLine().IsMatch(text) || text.StartsWith("Exponent", StringComparison.Ordinal);
        }

        _pending = null;
        switch (pair.Key)
        {
            case "signature algorithm" when _certificate.SignatureText is null:
                _certificate.SignatureText = pair.Value;
                return true;
            case "signature algorithm":
                // The signature itself follows, as hex lines.
                _inSignature = true;
                return true;
            case "version":
                _certificate.Version = int.TryParse(pair.Value.Split(' ')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int version) ? version : null;
                return true;
            case "issuer":
                return Names(pair.Value, subject: false);
            case "subject":
                return Names(pair.Value, subject: true);
            case "not before" or "not after":
                if (session.Times.Parse(pair.Value) is not { } time)
                {
                    session.Diagnose(line, "expected a date such as 'Sep 16 19:27:57 2026 GMT'");
                    return true;
                }

                if (pair.Key == "not after")
                {
                    _certificate.SetNotAfter(time);
                }
                else
                {
                    _certificate.SetNotBefore(time);
                }

                return true;
            case "public key algorithm":
                _certificate.KeyAlgorithm = pair.Value.StartsWith("rsa", StringComparison.OrdinalIgnoreCase) ? "RSA" : pair.Value;
                return true;
            case "public-key" or "rsa public-key":
                _certificate.KeyBits = TextCertificate.Bits(pair.Value);
                return true;
            case "serial number" when pair.Value.Length > 0:
                // "Serial Number: 4660 (0x1234)" or the hex on the next line.
                _certificate.SerialHex = DecimalAndHex().Match(pair.Value) is { Success: true } both ? TextCertificate.HexSerial(both.Groups["hex"].Value) : TextCertificate.HexSerial(pair.Value);
                return true;
            case "serial number" or "x509v3 subject key identifier" or "x509v3 authority key identifier" or "x509v3 basic constraints"
                or "x509v3 key usage" or "x509v3 subject alternative name" or "x509v3 crl distribution points":
                _pending = pair.Key;
                return true;
            case "subject public key info" or "full name" or "uri" or "x509v3 extended key usage" or "authority information access" or "x509v3 certificate policies":
                if (pair.Key == "uri")
                {
                    _certificate.CrlDistributionPoints.Add(pair.Value);
                }

                return true;
            default:
                return true;
        }
    }

    public override void End() => Finish();

    private bool Value(string key, string value)
    {
        TextCertificate certificate = _certificate!;
        switch (key)
        {
            case "serial number":
                certificate.SerialHex = TextCertificate.HexSerial(value);
                break;
            case "x509v3 subject key identifier":
                certificate.SubjectKeyId = Hex(value);
                break;
            case "x509v3 authority key identifier":
                certificate.AuthorityKeyId = Hex(value.StartsWith("keyid:", StringComparison.OrdinalIgnoreCase) ? value[6..] : value);
                break;
            case "x509v3 basic constraints":
                certificate.IsCa = value.Contains("CA:TRUE", StringComparison.OrdinalIgnoreCase);
                break;
            case "x509v3 key usage":
                certificate.KeyUsage.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(KeyUsageName).OfType<string>());
                break;
            case "x509v3 subject alternative name":
                certificate.SubjectAltNames.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(n => n.StartsWith("IP Address:", StringComparison.OrdinalIgnoreCase) ? "IP:" + n[11..] : n));
                break;
            case "x509v3 crl distribution points":
                certificate.CrlDistributionPoints.Add(value);
                break;
        }

        return true;
    }

    // "C=US, ST=California, …, CN=AP1G4-94D469F82DE8/emailAddress=support@cisco.com": OpenSSL's order, and the slash
    // form older OpenSSL prints for the attribute after the CN.
    private bool Names(string value, bool subject) =>
        _certificate!.AddOneLineName(SlashAttribute().Replace(value, ", "), subject);

    private void Start(CaptureLine line, CaptureLine? previous)
    {
        // A label on the line just above, when several devices' certificates were pasted together: whose it is.
        _label = !prompted && previous is not null && previous.Location.Source == line.Location.Source && previous.Location.Line + 1 == line.Location.Line
            && Label().Match(previous.Trimmed) is { Success: true } label
                ? new CapturedValue(label.Groups["label"].Value, previous.Evidence)
                : null;
        _certificate = new TextCertificate(line.Location, TextSource, "Certificate");
        _certificate.Remember(line.Trimmed);
        _pending = null;
        _inSignature = false;
    }

    private void Finish()
    {
        if (_certificate is not { } certificate)
        {
            return;
        }

        _certificate = null;
        if (certificate.IsCa)
        {
            certificate.StatedRole = CertificateRole.CertificateAuthority;
        }

        CapturedDevice owner = prompted ? device : session.Standalone(certificate.Location);
        owner.AddOccurrence(new EvidenceLine(certificate.Location, certificate.Heading));
        if (_label is { } label)
        {
            owner.AddDescription(label.Value, label.Evidence);
            _label = null;
        }

        session.Describe(owner, certificate);
    }

    private static string Hex(string text) => new string(text.Where(char.IsAsciiHexDigit).ToArray()).ToUpperInvariant();

    // OpenSSL's key usage words → RFC 5280's names, as the decoder writes them.
    private static string? KeyUsageName(string text) => text.ToUpperInvariant() switch
    {
        "DIGITAL SIGNATURE" => "digitalSignature",
        "NON REPUDIATION" or "CONTENT COMMITMENT" => "nonRepudiation",
        "KEY ENCIPHERMENT" => "keyEncipherment",
        "DATA ENCIPHERMENT" => "dataEncipherment",
        "KEY AGREEMENT" => "keyAgreement",
        "CERTIFICATE SIGN" => "keyCertSign",
        "CRL SIGN" => "cRLSign",
        "ENCIPHER ONLY" => "encipherOnly",
        "DECIPHER ONLY" => "decipherOnly",
        _ => null,
    };

    // "1b:56:b2:2d:00:00:00:05:0f:d0", "4e78a210000000000007", "70:9b:..." (hex with or without colons).
    [GeneratedRegex(@"^(?:[0-9A-Fa-f]{2}:)*[0-9A-Fa-f]{2}:?$|^[0-9A-Fa-f]{8,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexLine();

    [GeneratedRegex(@"^\d+\s*\(0x(?<hex>[0-9A-Fa-f]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalAndHex();

    [GeneratedRegex(@"/(?=[A-Za-z][\w.\-]*=)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashAttribute();

    // "eWLC:", "Porch AP:", "WLC cert:" alone on a line: a few words and a colon, no value.
    [GeneratedRegex(@"^(?<label>[\p{L}\p{N}][\p{L}\p{N} ._()/\-]{0,39}?)\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
