using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// "show version" (IOS, IOS-XE, AP) and AireOS "show sysinfo": the software release (which decides the CSCur43050
/// trigger on a controller), and on an AP its model, serial and MAC. Free text: every line is taken.
/// </summary>
internal sealed partial class VersionSection(CapturedDevice device) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show version",
        Forms = [new("show version *"), new("show sysinfo", ControllerOnly: true)],
        StartsOutput = StartsOutput,
        Create = start => new VersionSection(start.Device),
    };

    public override bool Greedy => true;

    public static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Cisco IOS Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco IOS XE Software", StringComparison.OrdinalIgnoreCase)
        || KeyValueLine.Parse(trimmed) is { Key: "product version" };

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (device.Release is null && text.StartsWith("Cisco IOS", StringComparison.OrdinalIgnoreCase) && IosVersion().Match(text) is { Success: true } ios)
        {
            device.SetRelease(ios.Groups["v"].Value, line.Evidence);
            return true;
        }

        if (KeyValueLine.Parse(text) is { } pair)
        {
            switch (pair.Key)
            {
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

        return true;
    }

    // "Cisco IOS XE Software, Version 17.09.04a", "... Software (AP3G2-K9W8-M), Version 15.3(3)JA, RELEASE SOFTWARE".
    [GeneratedRegex(@"\bVersion\s+(?<v>[0-9][\w.()\-]*[\w)])", RegexOptions.CultureInvariant)]
    private static partial Regex IosVersion();

    // "cisco AIR-CAP2602I-E-K9 (PowerPC) processor ...", "cisco C9800-40-K9 (...) processor ...".
    [GeneratedRegex(@"^cisco\s+(?<model>(?:AIR-|C9|WS-)\S+)\s+\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModelLine();
}
