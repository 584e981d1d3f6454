using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// What a device's own console messages say it is: the UDI its Plug and Play agent logs ("%PNP-6-PNP_CDP_UPDATE:
/// Device UDI [PID:C9200L-48T-4X,VID:F0,SN:FOC27501QT0] identified for CDP"; Cisco Network Plug and Play agent
/// configuration guide: the UDI is the PID, VID and serial number), and the host name DHCP gave it
/// ("%DHCP-6-ADDRESS_ASSIGN: Interface BVI1 assigned DHCP address …, hostname AP7081.0500.0000": an AP still under
/// its default name, which holds its Ethernet MAC).
/// </summary>
internal static partial class ConsoleIdentity
{
    public static void Read(CaptureSession session, CapturedDevice device, CaptureLine line, string text)
    {
        if (text.Contains("UDI", StringComparison.Ordinal) && Udi().Match(text) is { Success: true } udi)
        {
            device.AddModel(udi.Groups["pid"].Value, line.Evidence);
            device.AddSerial(udi.Groups["sn"].Value, line.Evidence);
        }

        if (text.Contains("DHCP", StringComparison.Ordinal) && DhcpHostName().Match(text) is { Success: true } host)
        {
            session.NameFromConsole(device, host.Groups["host"].Value, line.Evidence);
        }
    }

    // "Device UDI [PID:C1117-4PMLTEEAWE,VID:V01,SN:FGL223590FL]", "Best UDI [PID:…,VID:…,SN:…]".
    [GeneratedRegex(@"\bUDI\s*\[\s*PID:\s*(?<pid>[\w\-/+.]+)\s*,\s*VID:\s*[^,\]]*,\s*SN:\s*(?<sn>[A-Za-z0-9]+)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Udi();

    // "%DHCP-6-ADDRESS_ASSIGN: Interface BVI1 assigned DHCP address 10.0.0.5, mask 255.255.255.0, hostname AP7081.0500.0000".
    [GeneratedRegex(@"%DHCP-\d-ADDRESS_ASSIGN:.*\bhostname\s+(?<host>[A-Za-z][\w.\-]{0,62})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DhcpHostName();
}
