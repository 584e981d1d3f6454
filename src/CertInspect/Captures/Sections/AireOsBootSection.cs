using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// An AireOS controller's console while it boots: the boot loader's banner, "Board Revision 1.3 (SN: FCW1234A5BC,
/// Type: AIR-CT5508-K9)" (the controller's serial and PID), and "Cisco AireOS Version 8.5.9.11" (the release it runs;
/// the boot loader's own version is not it). Free text: the hundreds of "Starting …: ok" lines are taken and skipped.
/// </summary>
internal sealed partial class AireOsBootSection(CapturedDevice device) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "an AireOS controller's boot",
        StartsOutput = trimmed => trimmed.StartsWith("WLCNG Boot Loader Version", StringComparison.Ordinal) || BoardLine().IsMatch(trimmed) || AireOsVersion().IsMatch(trimmed),
        Create = start => new AireOsBootSection(start.Device),
    };

    public override bool Greedy => true;

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (BoardLine().Match(text) is { Success: true } board)
        {
            device.SetRole(DeviceRole.Controller);
            device.AddModel(board.Groups["pid"].Value, line.Evidence);
            device.AddSerial(board.Groups["sn"].Value, line.Evidence);
        }
        else if (AireOsVersion().Match(text) is { Success: true } version)
        {
            device.SetRole(DeviceRole.Controller);
            device.SetRelease(version.Groups["v"].Value, line.Evidence);
        }

        return true;
    }

    // "Board Revision 1.3 (SN: FCW1234A5BC, Type: AIR-CT5508-K9) (G)".
    [GeneratedRegex(@"^Board Revision\s+\S+\s+\(SN:\s*(?<sn>[A-Za-z0-9]+),\s*Type:\s*(?<pid>[\w\-/]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex BoardLine();

    // "Cisco AireOS Version 8.5.9.11".
    [GeneratedRegex(@"^Cisco AireOS Version\s+(?<v>\d+(?:\.\d+){2,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex AireOsVersion();
}
