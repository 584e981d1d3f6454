using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// An IOS or IOS-XE configuration ("show running-config", "show startup-config", a saved configuration pasted
/// bare): the device's host name, its UDI ("license udi pid CISCO2901/K9 sn FGL185122WN"), and the certificates it
/// keeps, which IOS writes as the hex of their DER under "crypto pki certificate chain TP" / " certificate [ca|
/// self-signed] SERIAL" … "quit" (Cisco IOS Public Key Infrastructure configuration guide). The hex is decoded as
/// the DER it is, exactly as the same bytes in a .der file are. Free text: every other line is taken and skipped.
/// </summary>
internal sealed partial class RunningConfigSection(CaptureSession session, CapturedDevice device) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show running-config",
        Forms = [new("show running-config *"), new("show startup-config *"), new("more system:running-config"), new("more nvram:startup-config")],
        StartsOutput = StartsOutput,
        Create = start => new RunningConfigSection(start.Session, start.Device),
    };

    /// <summary>A chain's hex is a few kilobytes; a longer one is not a certificate.</summary>
    private const int MaximumHexBytes = 64 * 1024;

    private string? _trustpoint;
    private CaptureLine? _certificateStart;
    private List<byte>? _der;

    public override bool Greedy => true;

    public static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Building configuration", StringComparison.Ordinal)
        || CurrentConfiguration().IsMatch(trimmed)
        || ChainLine().IsMatch(trimmed)
        || LicenseUdi().IsMatch(trimmed)
        || HostName().IsMatch(trimmed)
        || ConfigVersion().IsMatch(trimmed);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (_der is not null)
        {
            if (HexLine().IsMatch(text))
            {
                AppendHex(text);
                return true;
            }

            // "quit" ends the certificate; anything else ends a hex block a paste cut short.
            Finish();
            if (text == "quit")
            {
                return true;
            }
        }

        if (ChainLine().Match(text) is { Success: true } chain)
        {
            _trustpoint = chain.Groups["tp"].Value;
        }
        else if (_trustpoint is not null && CertificateLine().IsMatch(text))
        {
            _certificateStart = line;
            _der = [];
        }
        else if (LicenseUdi().Match(text) is { Success: true } udi)
        {
            device.AddModel(udi.Groups["pid"].Value, line.Evidence);
            device.AddSerial(udi.Groups["sn"].Value, line.Evidence);
        }
        else if (HostName().Match(text) is { Success: true } host)
        {
            session.NameFromConsole(device, host.Groups["host"].Value, line.Evidence);
        }
        else if (!line.Text.StartsWith(' '))
        {
            // A top-level line that is not the chain's ends it.
            _trustpoint = null;
        }

        return true;
    }

    public override void End() => Finish();

    private void AppendHex(string text)
    {
        foreach (string group in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (int i = 0; i + 1 < group.Length && _der!.Count < MaximumHexBytes; i += 2)
            {
                _der.Add(byte.Parse(group.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }
    }

    private void Finish()
    {
        if (_der is { Count: > 0 } der && _certificateStart is { } start)
        {
            session.DescribeEncoded(device, [.. der], start.Location, "config-hex", _trustpoint);
        }

        _der = null;
        _certificateStart = null;
    }

    // "Current configuration : 14427 bytes".
    [GeneratedRegex(@"^Current configuration\s*:\s*\d+\s+bytes$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentConfiguration();

    // "crypto pki certificate chain TP-self-signed-3772747110".
    [GeneratedRegex(@"^crypto pki certificate chain\s+(?<tp>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChainLine();

    // " certificate self-signed 01", " certificate ca 01", " certificate 3A1B…", " certificate rollover ca 02".
    [GeneratedRegex(@"^certificate(?:\s+(?:self-signed|ca|rollover|ra-sign|ra-encrypt))*\s+[0-9A-Fa-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CertificateLine();

    // "30820229 30820192 A0030201 02020101 ..." (eight groups of up to eight hex digits; the last line shorter).
    [GeneratedRegex(@"^[0-9A-Fa-f]{2,8}(?:\s+[0-9A-Fa-f]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex HexLine();

    [GeneratedRegex(@"^license udi pid\s+(?<pid>\S+)\s+sn\s+(?<sn>[A-Za-z0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LicenseUdi();

    [GeneratedRegex(@"^hostname\s+(?<host>[A-Za-z][\w.\-]{0,62})$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    // "version 15.6", "version 17.6": a configuration's first line after its comments.
    [GeneratedRegex(@"^version\s+\d{1,2}\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigVersion();
}
