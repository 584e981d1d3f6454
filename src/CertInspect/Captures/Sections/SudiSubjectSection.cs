using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// A SUDI's subject pasted alone: "Subject: serialNumber = PID:C9350-48HX SN:FVH2952L1JT" with the other attributes
/// on the lines under it (openssl's multi-line display), or openssl's one-line "subject=serialNumber = PID:… SN:…, CN
/// = …", maybe followed by "issuer=…", "notBefore=…" and "notAfter=…" (openssl x509 -subject -issuer -dates). A
/// SUDI's serialNumber attribute names the device (Cisco Secure Unique Device Identifier: PID and serial), whatever
/// else is missing; with an end date, it is the device's certificate as text.
/// </summary>
internal sealed partial class SudiSubjectSection(CaptureSession session, CapturedDevice device) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "a SUDI subject",
        StartsOutput = trimmed => SubjectLine().IsMatch(trimmed),
        Create = start => new SudiSubjectSection(start.Session, start.Device),
    };

    private TextCertificate? _certificate;
    private bool _inSubject;

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (SubjectLine().Match(text) is { Success: true } subject)
        {
            Finish();
            device.AddModel(subject.Groups["pid"].Value, line.Evidence);
            device.AddSerial(subject.Groups["sn"].Value, line.Evidence);
            _certificate = new TextCertificate(line.Location, "text", "SUDI subject");
            _certificate.Remember(text);
            string name = subject.Groups["name"].Value;
            _inSubject = name.Contains(", ", StringComparison.Ordinal)
                ? !_certificate.AddOneLineName(name, subject: true)
                : _certificate.AddNameLine(name, subject: true);
            return true;
        }

        if (_certificate is not { } certificate)
        {
            return false;
        }

        if (OpensslField().Match(text) is { Success: true } field)
        {
            _inSubject = false;
            certificate.Remember(text);
            string value = field.Groups["value"].Value;
            switch (field.Groups["key"].Value.ToLowerInvariant())
            {
                case "issuer":
                    certificate.AddOneLineName(value, subject: false);
                    break;
                case "notbefore" when session.Times.Parse(value) is { } start:
                    certificate.SetNotBefore(start);
                    break;
                case "notafter" when session.Times.Parse(value) is { } end:
                    certificate.SetNotAfter(end);
                    break;
            }

            return true;
        }

        // "         O = Cisco", "         CN = Q5CA-4AQR-L9YS": the subject's other attributes, one a line.
        if (_inSubject && Attribute().IsMatch(text) && certificate.AddNameLine(text, subject: true))
        {
            certificate.Remember(text);
            return true;
        }

        Finish();
        return false;
    }

    public override void End() => Finish();

    private void Finish()
    {
        if (_certificate is { } certificate)
        {
            _certificate = null;
            _inSubject = false;
            if (certificate.NotAfter is not null)
            {
                session.Describe(device, certificate);
            }
        }
    }

    // "Subject: serialNumber = PID:C9350-48HX SN:FVH2952L1JT", "subject=serialNumber = PID:N9K-C93180YC-EX SN:FXXXXX, CN = …",
    // "serialNumber=PID:C9120AXI-B SN:FOC12345678".
    [GeneratedRegex(@"^(?:subject\s*[:=]\s*)?(?<name>serialNumber\s*=\s*PID:\s*(?<pid>[\w\-/+.]+)\s+SN:\s*(?<sn>[A-Za-z0-9*]+).*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    // openssl x509 -issuer -dates: "issuer=O = Cisco, CN = ACT2 SUDI CA", "notBefore=Aug 6 05:41:44 2019 GMT".
    [GeneratedRegex(@"^(?<key>issuer|notBefore|notAfter)\s*=\s*(?<value>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpensslField();

    [GeneratedRegex(@"^[A-Za-z]{1,20}\s*=\s*\S.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
