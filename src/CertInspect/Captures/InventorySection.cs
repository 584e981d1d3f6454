using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// IOS and AireOS "show inventory", and AireOS "show ap inventory" (rules data source cisco-cli-output): NAME/DESCR lines, then
/// PID/VID/SN lines. The first entry is the chassis, whose PID and SN identify the device; later entries are
/// modules and power supplies. In "show ap inventory" each "Inventory for AP" starts that AP's entries.
/// </summary>
internal sealed partial class InventorySection(CaptureSession session, CapturedDevice device, bool perAp, string? apName)
    : OutputSection(perAp ? ApInventoryCommand : InventoryCommand)
{
    /// <summary>AireOS "show ap inventory": each "Inventory for AP" starts that AP's entries.</summary>
    public static CaptureCommand ApInventoryCommand { get; } = new()
    {
        DisplayName = "show ap inventory",
        Forms = [new("show ap inventory <ap>", ControllerOnly: true), new("show ap name <ap> inventory", ControllerOnly: true)],
        StartsOutput = trimmed => trimmed.StartsWith("Inventory for ", StringComparison.Ordinal),
        Create = start => new InventorySection(start.Session, start.Device, perAp: true, start.ApName),
    };

    /// <summary>IOS and AireOS "show inventory": the device's own chassis first.</summary>
    public static CaptureCommand InventoryCommand { get; } = new()
    {
        DisplayName = "show inventory",
        Forms = [new("show inventory *")],
        StartsOutput = trimmed => NameLine().IsMatch(trimmed),

        // AireOS's "show inventory" may start with the controller's burned-in MAC, before any NAME line.
        StartsOutputAlone = trimmed => KeyValueLine.Parse(trimmed) is { Key: "burned-in mac address" },
        Create = start => new InventorySection(start.Session, start.Device, perAp: false, null),
    };

    private CapturedDevice? _current = perAp ? null : device;
    private bool _chassisDone;

    public static bool StartsOutput(string trimmed) => NameLine().IsMatch(trimmed) || trimmed.StartsWith("Inventory for ", StringComparison.Ordinal);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (perAp && text.StartsWith("Inventory for ", StringComparison.Ordinal))
        {
            _current = session.ApOf(device, text["Inventory for ".Length..].Trim(), line.Evidence);
            _chassisDone = false;
            return true;
        }

        if (NameLine().IsMatch(text))
        {
            return true;
        }

        if (PidLine().Match(text) is { Success: true } pid)
        {
            if (!_chassisDone)
            {
                CapturedDevice target = _current ??= session.ApOf(device, apName ?? "(unnamed AP)", line.Evidence);
                string model = pid.Groups["pid"].Value.Trim();
                string serial = pid.Groups["sn"].Value.Trim();
                if (model.Length > 0)
                {
                    target.AddModel(model, line.Evidence);
                }

                if (serial.Length > 0)
                {
                    target.AddSerial(serial, line.Evidence);
                }

                _chassisDone = true;
            }

            return true;
        }

        if (KeyValueLine.Parse(text) is { } pair)
        {
            if (pair.Key == "burned-in mac address" && MacAddress.Normalize(pair.Value) is { } mac)
            {
                (_current ?? device).AddMac(mac, line.Evidence);
            }

            return pair.Key is "burned-in mac address" or "maximum number of aps supported" or "power supply" or "fan status"
                || line.Text.StartsWith(' ');
        }

        return false;
    }

    // NAME: "Chassis" , DESCR: "Cisco Wireless Controller"
    [GeneratedRegex(@"^NAME:\s*""[^""]*""\s*,\s*DESCR:", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    // PID: AIR-AP2802E-E-K9,  VID: V03,  SN: FGL2131A3JS
    [GeneratedRegex(@"^PID:\s*(?<pid>[^,]*?)\s*,\s*VID:\s*[^,]*,\s*SN:\s*(?<sn>\S*)", RegexOptions.CultureInvariant)]
    private static partial Regex PidLine();
}
