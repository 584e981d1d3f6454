using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// "show version" (IOS, IOS-XE, AP) and AireOS "show sysinfo": the software release (which decides the CSCur43050
/// trigger on a controller), and on an AP its model, serial and MAC. Free text: every line is taken.
/// </summary>
internal sealed partial class VersionSection(CapturedDevice device, CaptureCommand reads) : OutputSection(reads)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show version",
        Forms = [new("show version *")],
        StartsOutput = StartsOutput,
        Create = start => new VersionSection(start.Device, Command!),
    };

    /// <summary>AireOS "show sysinfo": dotted key-value lines, the first "Manufacturer's Name".</summary>
    public static CaptureCommand SysinfoCommand { get; } = new()
    {
        DisplayName = "show sysinfo",
        Forms = [new("show sysinfo", ControllerOnly: true)],
        StartsOutput = trimmed => KeyValueLine.Parse(trimmed) is { Key: "manufacturer's name" or "product version" },
        Create = start => new VersionSection(start.Device, SysinfoCommand!),
    };

    private const string BoardId = "Processor board ID ";

    public override bool Greedy => true;

    // The banners "show version" starts with: IOS and IOS-XE, old IOS ("Cisco Internetwork Operating System
    // Software", "IOS (tm) C2600 Software ..."), and Wave 2 / 802.11ax APs ("Cisco AP Software, (ap3g3), ...").
    public static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Cisco IOS Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco IOS XE Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco Internetwork Operating System Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("IOS (tm)", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco AP Software,", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (device.Release is null && (text.StartsWith("Cisco IOS", StringComparison.OrdinalIgnoreCase) || text.StartsWith("IOS (tm)", StringComparison.OrdinalIgnoreCase))
            && IosVersion().Match(text) is { Success: true } ios)
        {
            device.SetRelease(ios.Groups["v"].Value, line.Evidence);
            return true;
        }

        if (text.StartsWith("Cisco AP Software,", StringComparison.OrdinalIgnoreCase))
        {
            // Only an AP prints this banner; its release is on the "AP Running Image" line.
            device.SetRole(DeviceRole.AccessPoint);
            return true;
        }

        if (KeyValueLine.Parse(text) is { } pair)
        {
            switch (pair.Key)
            {
                case "ap running image" when device.Release is null:
                    device.SetRelease(pair.Value, line.Evidence);
                    device.SetRole(DeviceRole.AccessPoint);
                    break;
                case "system name" when device.Role == DeviceRole.Controller && pair.Value.Length > 0:
                    // AireOS "show sysinfo": the controller's own name, whatever its prompt says.
                    device.AddName(pair.Value, line.Evidence);
                    break;
                case "product version" when device.Release is null:
                    device.SetRelease(pair.Value, line.Evidence);
                    device.SetRole(DeviceRole.Controller);
                    break;
                case "top assembly serial number" or "system serial number":
                    device.AddSerial(pair.Value, line.Evidence);
                    break;
                case "product/model number" or "model number":
                    device.AddModel(pair.Value, line.Evidence);
                    break;
                case "base ethernet mac address" or "burned-in mac address" when MacAddress.Normalize(pair.Value) is { } mac:
                    device.AddMac(mac, line.Evidence);
                    break;
            }
        }
        else if (ModelLine().Match(text) is { Success: true } model)
        {
            device.AddModel(model.Groups["model"].Value, line.Evidence);
        }
        else if (device.Role == DeviceRole.AccessPoint && text.StartsWith(BoardId, StringComparison.OrdinalIgnoreCase) && text.Length > BoardId.Length)
        {
            // An AP's board ID is its serial; a router's may not be the chassis's, so it is read on APs only.
            device.AddSerial(text[BoardId.Length..].Trim(), line.Evidence);
        }

        return true;
    }

    // "Cisco IOS XE Software, Version 17.09.04a", "... Software (AP3G2-K9W8-M), Version 15.3(3)JA, RELEASE SOFTWARE",
    // an engineering build "Experimental Version 17.8.20211003:014100 [BLD_...]" (the time after the colon is part of it).
    [GeneratedRegex(@"\bVersion\s+(?<v>[0-9][\w.()\-]*[\w)](?::\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex IosVersion();

    // "cisco AIR-CAP2602I-E-K9 (PowerPC) processor ...", "cisco C9800-40-K9 (...) processor ...",
    // "cisco AIR-AP4800-D-K9 ARMv7 Processor rev 1 (v7l) with ...".
    [GeneratedRegex(@"^cisco\s+(?<model>(?:AIR-|C9|WS-|IW)\S+)\s+(?:\(|\S+\s+Processor\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModelLine();
}
