using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "show crypto pki certificates [verbose]" and "show crypto pki trustpool" (rules data source cisco-cli-output): blocks headed
/// "Certificate", "CA Certificate" or "Router Self-Signed Certificate", fields recognised by their keys so that
/// lost indentation does not matter, names one attribute per line (multi-valued "a=b+c=d"), wrapped name values
/// joined back.
/// </summary>
internal sealed partial class PkiCertificatesSection(CaptureSession session, CapturedDevice device, CaptureCommand reads)
    : OutputSection(reads)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show crypto pki certificates",
        Forms = [new("show crypto pki certificates *")],
        StartsOutput = StartsBlock,
        Create = start => new PkiCertificatesSection(start.Session, start.Device, Command!),
    };

    /// <summary>"show crypto pki trustpool": the same blocks, the CAs the device trusts. Its output cannot be told from
    /// the certificates' by its first line, so pasted without its command line it is read as <see cref="Command"/>.</summary>
    public static CaptureCommand TrustpoolCommand { get; } = new()
    {
        DisplayName = "show crypto pki trustpool",
        Forms = [new("show crypto pki trustpool *")],
        Create = start => new PkiCertificatesSection(start.Session, start.Device, TrustpoolCommand!),
    };

    private TextCertificate? _certificate;
    private int _nameIndent = -2;
    private Group _group;

    private enum Group
    {
        None,
        Issuer,
        Subject,
        Crl,
        Validity,
        KeyInfo,
        Extensions,
        KeyUsage,
        AltNames,
        BasicConstraints,
    }

    public static bool StartsBlock(string trimmed) => Heading().IsMatch(trimmed) || trimmed.StartsWith("Certificate Serial Number", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (Heading().Match(text) is { Success: true } heading)
        {
            Finish();
            Start(line, heading.Groups["kind"].Value);
            return true;
        }

        KeyValueLine? pair = text.Contains('=', StringComparison.Ordinal) && _group is Group.Issuer or Group.Subject ? null : KeyValueLine.Parse(text);
        if (_certificate is null)
        {
            // A block whose heading was lost in the paste: the first field starts it.
            if (pair is null || !IsField(pair.Key))
            {
                return false;
            }

            Start(line, "Certificate");
        }

        TextCertificate certificate = _certificate!;
        certificate.Remember(text);
        if (pair is not null && Field(certificate, pair))
        {
            return true;
        }

        switch (_group)
        {
            case Group.Issuer or Group.Subject when text.Contains('=', StringComparison.Ordinal):
                _nameIndent = Indent(line.Text);
                return certificate.AddNameLine(text, _group == Group.Subject);
            case Group.Issuer or Group.Subject when !text.Contains(':', StringComparison.Ordinal):
                // The rest of the previous attribute. IOS breaks a value at its comma and indents the rest one space
                // deeper ("o=VeriSign" / " Inc."): the comma comes back; a terminal's wrap took nothing out.
                return certificate.AppendToLastName(text, _group == Group.Subject, Indent(line.Text) == _nameIndent + 1 ? ", " : string.Empty);
            case Group.KeyUsage when !text.Contains(':', StringComparison.Ordinal) && KeyUsageName(text) is { } usage:
                certificate.KeyUsage.Add(usage);
                return true;
            case Group.AltNames when KeyValueLine.Parse(text) is { } alt:
                if (alt.Value.Length > 0)
                {
                    certificate.SubjectAltNames.Add((alt.Key switch { "ip address" => "IP", "dns name" or "dns" => "DNS", "email" or "rfc822 name" => "email", "uri" => "URI", _ => alt.Key }) + ":" + alt.Value);
                }

                return true;
            case Group.BasicConstraints when KeyValueLine.Parse(text) is { Key: "ca" } ca:
                certificate.IsCa = string.Equals(ca.Value, "TRUE", StringComparison.OrdinalIgnoreCase);
                return true;
            case Group.Crl when text.Contains("://", StringComparison.Ordinal) || text.StartsWith("ldap", StringComparison.OrdinalIgnoreCase):
                certificate.CrlDistributionPoints.Add(text);
                return true;
            case Group.Extensions or Group.KeyInfo or Group.KeyUsage or Group.AltNames or Group.BasicConstraints:
                return true;
            default:
                return false;
        }
    }

    public override void End() => Finish();

    private void Start(CaptureLine line, string kind)
    {
        _certificate = new TextCertificate(line.Location, Reads.DisplayName, kind);
        _certificate.Remember(line.Trimmed);
        _group = Group.None;
        if (kind.StartsWith("CA", StringComparison.OrdinalIgnoreCase))
        {
            _certificate.IsCa = true;
            _certificate.StatedRole = CertificateRole.CertificateAuthority;
        }
        else if (kind.StartsWith("Router Self-Signed", StringComparison.OrdinalIgnoreCase))
        {
            _certificate.StatedRole = CertificateRole.SelfSigned;
        }
    }

    private void Finish()
    {
        if (_certificate is not null)
        {
            session.Describe(device, _certificate);
            _certificate = null;
        }
    }

    private static bool IsField(string key) => key is "status" or "certificate serial number (hex)" or "certificate serial number"
        or "certificate usage" or "issuer" or "issuer name" or "subject" or "subject name" or "validity date" or "start date" or "end date" or "associated trustpoints";

    // One key of the block; false when the key is not a field (the line may then be a name or an extension).
    private bool Field(TextCertificate certificate, KeyValueLine pair)
    {
        string value = pair.Value;
        switch (pair.Key)
        {
            case "status" or "certificate usage" or "storage" or "key label" or "trustpool" or "key storage" or "cert install time"
                or "fingerprint md5" or "renew date" or "key usage":
                certificate.AddField(pair.Key, value);
                _group = Group.None;
                return true;
            case "certificate serial number (hex)" or "certificate serial number" or "serial number (hex)" when _group != Group.Subject:
                certificate.SerialHex = TextCertificate.HexSerial(value);
                _group = Group.None;
                return true;
            // An ASA's "show crypto ca certificates" says "Issuer Name:" and "Subject Name:" where IOS says "Issuer:".
            case "issuer" or "issuer name":
                _group = Group.Issuer;
                return value.Length == 0 || certificate.AddNameLine(value, subject: false);
            case "subject" or "subject name":
                _group = Group.Subject;
                return value.Length == 0 || certificate.AddNameLine(value, subject: true);
            case "name" or "ip address" when _group == Group.Subject:
                certificate.AddField("subject " + pair.Key, value);
                return true;
            case "serial number" when _group == Group.Subject:
                certificate.SubjectSerialNumber = value;
                return true;
            case "crl distribution points":
                _group = Group.Crl;
                if (value.Length > 0)
                {
                    certificate.CrlDistributionPoints.Add(value);
                }

                return true;
            case "validity date":
                _group = Group.Validity;
                return true;
            case "start date":
                return Date(certificate, value, isEnd: false);
            case "end date":
                return Date(certificate, value, isEnd: true);
            case "associated trustpoints":
                certificate.Trustpoints.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                _group = Group.None;
                return true;
            case "version":
                certificate.Version = int.TryParse(value.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int version) ? version : null;
                return true;
            case "subject key info":
                _group = Group.KeyInfo;
                return true;
            case "public key algorithm":
                certificate.KeyAlgorithm = value.StartsWith("rsa", StringComparison.OrdinalIgnoreCase) ? "RSA" : value;
                return true;
            case "rsa public key":
                certificate.KeyAlgorithm = "RSA";
                certificate.KeyBits = TextCertificate.Bits(value);
                return true;
            case "signature algorithm":
                certificate.SignatureText = value;
                _group = Group.None;
                return true;
            case "fingerprint sha1":
                certificate.Sha1Fingerprint = Fingerprint(value);
                _group = Group.None;
                return true;
            case "x509v3 extensions" or "authority info access":
                _group = Group.Extensions;
                return true;
            case "x509v3 key usage":
                _group = Group.KeyUsage;
                return true;
            case "x509v3 subject alternative name":
                _group = Group.AltNames;
                return true;
            case "x509v3 basic constraints":
                _group = Group.BasicConstraints;
                return true;
            case "x509v3 subject key id":
                certificate.SubjectKeyId = Hex(value);
                _group = Group.Extensions;
                return true;
            case "x509v3 authority key id":
                certificate.AuthorityKeyId = Hex(value);
                _group = Group.Extensions;
                return true;
            default:
                return false;
        }
    }

    private bool Date(TextCertificate certificate, string value, bool isEnd)
    {
        _group = Group.Validity;
        if (session.Times.Parse(value) is not { } time)
        {
            certificate.AddField(isEnd ? "unreadable end date" : "unreadable start date", value);
            return false;
        }

        if (isEnd)
        {
            certificate.SetNotAfter(time);
        }
        else
        {
            certificate.SetNotBefore(time);
        }

        return true;
    }

    private static int Indent(string raw) => raw.Length - raw.TrimStart().Length;

    // "31DEF8AC 8ED9E5F0 ..." → "31DEF8AC8ED9E5F0...", as the decoder writes key identifiers.
    private static string Hex(string text) => new string(text.Where(char.IsAsciiHexDigit).ToArray()).ToUpperInvariant();

    // IOS prints RFC 5280's key usage bits as words ("Digital Signature", "CRL Signature"): the decoder's names.
    private static string? KeyUsageName(string text) => text.Trim().ToUpperInvariant() switch
    {
        "DIGITAL SIGNATURE" => "digitalSignature",
        "NON REPUDIATION" or "NON-REPUDIATION" or "CONTENT COMMITMENT" => "nonRepudiation",
        "KEY ENCIPHERMENT" => "keyEncipherment",
        "DATA ENCIPHERMENT" => "dataEncipherment",
        "KEY AGREEMENT" => "keyAgreement",
        "KEY CERT SIGN" => "keyCertSign",
        "CRL SIGNATURE" => "cRLSign",
        "ENCIPHER ONLY" => "encipherOnly",
        "DECIPHER ONLY" => "decipherOnly",
        _ => null,
    };

    // "2E8B3E1B 2D9C45A8 ..." or "2e:8b:..." → "2E:8B:...".
    internal static string Fingerprint(string text)
    {
        string hex = new string(text.Where(char.IsAsciiHexDigit).ToArray()).ToUpperInvariant();
        return string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
    }

    [GeneratedRegex(@"^(?<kind>(?:CA |Router Self-Signed |RA \w+ )?Certificate)(?:\s*\(.*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
