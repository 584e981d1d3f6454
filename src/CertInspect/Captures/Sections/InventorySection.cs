using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// IOS and AireOS "show inventory", and AireOS "show ap inventory" (rules data source cisco-cli-output): NAME/DESCR lines, then
/// PID/VID/SN lines. The first entry is the chassis, whose PID and SN identify the device; later entries are
/// modules and power supplies, or the other chassis of a stack, StackWise Virtual or HA pair ("Switch 2 Chassis",
/// "Chassis 2"): member serials of the same device. In "show ap inventory" each "Inventory for AP" starts that AP's entries.
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
    private bool _memberChassis;
    private CapturedValue? _chassisDescription;

    public static bool StartsOutput(string trimmed) => NameLine().IsMatch(trimmed) || trimmed.StartsWith("Inventory for ", StringComparison.Ordinal);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (perAp && text.StartsWith("Inventory for ", StringComparison.Ordinal))
        {
            _current = session.ApOf(device, text["Inventory for ".Length..].Trim(), line.Evidence);
            _chassisDone = false;
            _chassisDescription = null;
            return true;
        }

        if (NameLine().Match(text) is { Success: true } name)
        {
            _memberChassis = MemberChassisName().IsMatch(name.Groups["name"].Value);
            if (!_chassisDone && name.Groups["descr"].Value.Trim() is { Length: > 0 } description)
            {
                // What the chassis says it is ("Cisco Wireless Controller" on a Catalyst 3750G's integrated
                // controller, whose PID is a switch's): the fleet reads the device's kind from it.
                _chassisDescription = new CapturedValue(description, line.Evidence);
            }

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

                if (_chassisDescription is { } described)
                {
                    target.AddDescription(described.Value, described.Evidence);
                    _chassisDescription = null;
                }

                _chassisDone = true;
            }
            else if (_memberChassis && _current is { } stack && pid.Groups["sn"].Value.Trim() is { Length: > 0 } member)
            {
                stack.AddMemberSerial(member, line.Evidence);
            }

            _memberChassis = false;
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

    // NAME: "Chassis" , DESCR: "Cisco Wireless Controller" (the closing quote may be lost where a line was cut)
    [GeneratedRegex(@"^NAME:\s*""(?<name>[^""]*)""\s*,\s*DESCR:\s*""?(?<descr>[^""]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    // A member's own chassis: "Switch 2" (C9300 stack), "Switch 2 Chassis" (StackWise Virtual), "Chassis 2" (9800 HA
    // pair). Not "Switch 1 Slot 1 Supervisor", "Chassis 1 Power Supply Module 0" or "StackPort1/1".
    [GeneratedRegex(@"^(?:Switch|Chassis)\s+\d+(?:\s+Chassis)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemberChassisName();

    // PID: AIR-AP2802E-E-K9,  VID: V03,  SN: FGL2131A3JS
    [GeneratedRegex(@"^PID:\s*(?<pid>[^,]*?)\s*,\s*VID:\s*[^,]*,\s*SN:\s*(?<sn>\S*)", RegexOptions.CultureInvariant)]
    private static partial Regex PidLine();
}
