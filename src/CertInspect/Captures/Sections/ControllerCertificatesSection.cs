using CertInspect.Evidence;
namespace CertInspect.Captures.Sections;

/// <summary>
/// AireOS "show certificate all" (rules data source cisco-cli-output): one block per "Certificate Name:", each field's value on its own
/// line or on the next ("Subject Name :" then "C=US, ST=..., CN=..."), dates as "Oct  4 05:05:04 2015 GMT".
/// </summary>
internal sealed class ControllerCertificatesSection(CaptureSession session, CapturedDevice device)
    : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show certificate all",
        Forms = [new("show certificate all", ControllerOnly: true)],
        StartsOutput = StartsOutput,
        Create = start => new ControllerCertificatesSection(start.Session, start.Device),
    };

    private const string TextSource = "show certificate all";
    private TextCertificate? _certificate;
    private string? _pending;

    // AireOS names its certificates "Cisco SHA1 device cert", "Cisco SHA2 CA cert", …: the system-integrity SUDI
    // output's "Certificate Name:" lines name CAs and trustpoints instead, and are read by PemChainSection.
    public static bool StartsOutput(string trimmed) =>
        KeyValueLine.Parse(trimmed) is { Key: "certificate name" } pair && pair.Value.EndsWith(" cert", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        KeyValueLine? pair = KeyValueLine.Parse(line.Trimmed);
        if (pair is { Key: "certificate name" })
        {
            Finish();
            device.SetRole(DeviceRole.Controller);
            _certificate = new TextCertificate(line.Location, TextSource, pair.Value);
            _certificate.Remember(line.Trimmed);
            _certificate.AddField("certificate name", pair.Value);
            if (pair.Value.Contains("CA cert", StringComparison.OrdinalIgnoreCase))
            {
                _certificate.IsCa = true;
                _certificate.StatedRole = Evidence.CertificateRole.CertificateAuthority;
            }

            return true;
        }

        if (_certificate is null)
        {
            return false;
        }

        _certificate.Remember(line.Trimmed);
        if (pair is not null && pair.Key is "subject name" or "issuer name" or "serial number (hex)" or "serial number" or "validity" or "start" or "end"
            or "signature algorithm" or "hash key" or "sha1 finger print" or "md5 finger print" or "sha1 fingerprint" or "md5 fingerprint")
        {
            _pending = pair.Value.Length == 0 ? pair.Key : null;
            return pair.Value.Length == 0 || Value(pair.Key, pair.Value);
        }

        if (_pending is not null)
        {
            string key = _pending;
            _pending = null;
            return Value(key, line.Trimmed);
        }

        return false;
    }

    public override void End() => Finish();

    private bool Value(string key, string value)
    {
        TextCertificate certificate = _certificate!;
        switch (key)
        {
            case "subject name":
                return certificate.AddOneLineName(value, subject: true);
            case "issuer name":
                return certificate.AddOneLineName(value, subject: false);
            case "serial number (hex)" or "serial number":
                certificate.SerialHex = TextCertificate.HexSerial(value);
                return true;
            case "start" or "end":
                if (session.Times.Parse(value) is not { } time)
                {
                    return false;
                }

                if (key == "end")
                {
                    certificate.SetNotAfter(time);
                }
                else
                {
                    certificate.SetNotBefore(time);
                }

                return true;
            case "signature algorithm":
                certificate.SignatureText = value;
                return true;
            case "sha1 finger print" or "sha1 fingerprint":
                certificate.Sha1Fingerprint = PkiCertificatesSection.Fingerprint(value);
                return true;
            default:
                certificate.AddField(key, value);
                return true;
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
}
