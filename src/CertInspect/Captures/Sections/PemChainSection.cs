using System.Text;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// IOS-XE "show platform sudi certificate [sign nonce N]" and "show system integrity all trust_chain nonce N": the
/// device's SUDI chain as PEM blocks (root, SUDI CA, the device's SUDI; system integrity names each "Certificate Name:
/// … CERTIFICATE" under a "LOCATION FRU=…" banner), then a signature over the nonce. Each block is decoded and becomes
/// the device's certificate evidence; the signature is read past (no key outside the device can check it here). IOS
/// "show crypto pki certificates pem" ("% Cert for trustpoint …" above each block) is read the same way, and so is a
/// PEM block pasted after a prompt: in a console session, it is the device's.
/// </summary>
internal sealed partial class PemChainSection(CaptureCommand command, CaptureSession session, CapturedDevice device) : OutputSection(command)
{
    private const string BeginLine = "-----BEGIN CERTIFICATE-----";
    // Base64 of a certificate chain's largest member is a few KiB: 64 KiB is far past any real one.
    private const int LongestBody = 64 * 1024;
    private const string EndLine = "-----END CERTIFICATE-----";

    public static CaptureCommand SudiChainCommand { get; } = new()
    {
        DisplayName = "show platform sudi certificate",
        Forms =
        [
            new("show platform sudi certificate *"),
            new($"show system integrity {CaptureCommand.AnyWord} trust_chain *"),
        ],
        StartsOutput = trimmed => (trimmed.StartsWith("Certificate Name:", StringComparison.OrdinalIgnoreCase) && !ControllerCertificatesSection.StartsOutput(trimmed))
            || trimmed.StartsWith("LOCATION FRU=", StringComparison.OrdinalIgnoreCase),
        Create = start => new PemChainSection(SudiChainCommand!, start.Session, start.Device),
    };

    public static CaptureCommand PemCommand { get; } = new()
    {
        DisplayName = "PEM certificates",
        Forms = [new("show crypto pki certificates pem *")],
        StartsOutput = trimmed => trimmed.StartsWith(BeginLine, StringComparison.Ordinal) || TrustpointBanner().IsMatch(trimmed),
        Create = start => new PemChainSection(PemCommand!, start.Session, start.Device),
    };

    private StringBuilder? _body;
    private SourceLocation? _blockStart;
    private bool _inSignature;

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (_body is not null)
        {
            if (text.StartsWith(EndLine, StringComparison.Ordinal))
            {
                Finish();
            }
            else if (_body.Length + text.Length > LongestBody)
            {
                // A block that never ends (a cut paste, a stray BEGIN line) must not hold the rest of the capture.
                session.Diagnose(new CaptureLine(_blockStart!, BeginLine), "the PEM block has no END line within 64 KiB of base64: not read");
                _body = null;
            }
            else
            {
                _body.Append(text);
            }

            return true;
        }

        if (text.StartsWith(BeginLine, StringComparison.Ordinal))
        {
            _body = new StringBuilder();
            _blockStart = line.Location;
            _inSignature = false;
            return true;
        }

        if (text.StartsWith("Signature", StringComparison.OrdinalIgnoreCase))
        {
            _inSignature = true;
            return true;
        }

        return text.Length == 0
            || text.All(c => c == '-')
            || text.StartsWith("Certificate Name:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("LOCATION FRU=", StringComparison.OrdinalIgnoreCase)
            || TrustpointBanner().IsMatch(text)
            || CertificateHeading().IsMatch(text)
            || (_inSignature && (SignatureField().IsMatch(text) || HexValue().IsMatch(text)));
    }

    public override void End()
    {
        if (_body is not null && _blockStart is { } start)
        {
            session.Diagnose(new CaptureLine(start, BeginLine), "the PEM block has no END line: not read");
            _body = null;
        }
    }

    private void Finish()
    {
        string body = _body!.ToString();
        SourceLocation start = _blockStart!;
        _body = null;
        byte[] der = new byte[body.Length];
        if (Convert.TryFromBase64String(body, der, out int written))
        {
            session.DescribeEncoded(device, der[..written], start);
        }
        else
        {
            // A body shortened for a post ("MIIDQzCC....pyQ==") is no certificate, and the message says what was done to it.
            session.Diagnose(new CaptureLine(start, BeginLine), body.Contains("...", StringComparison.Ordinal)
                ? "the PEM block's body was shortened in the paste ('...' stands for part of it): not read"
                : "the PEM block's body is not base64: not read");
        }
    }

    // "------Trustpoint: server------" above a trustpoint's blocks in "show crypto pki certificates pem".
    [GeneratedRegex(@"^-{3,}\s*Trustpoint:\s*\S.*-{3,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrustpointBanner();

    // "% Cert for trustpoint Cisco_IOS_MIC_cert", "% Self-signed CA certificate:", "% General Purpose Certificate:"
    [GeneratedRegex(@"^%\s.*\bcert(?:ificate)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CertificateHeading();

    // "Version: 1", "Value:", "Signature version: 1"
    [GeneratedRegex(@"^(?:Version|Value)\s*:\s*\d*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignatureField();

    [GeneratedRegex(@"^[0-9A-Fa-f]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexValue();
}
