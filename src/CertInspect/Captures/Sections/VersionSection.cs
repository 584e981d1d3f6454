using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "show version" (IOS, IOS-XE, AP) and AireOS "show sysinfo": the software release (which decides the CSCur43050
/// trigger on a controller), and on an AP its model, serial and MAC. Free text: every line is taken.
/// </summary>
internal sealed partial class VersionSection(CaptureSession session, CapturedDevice device, CaptureCommand reads) : OutputSection(reads)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show version",
        Forms = [new("show version *")],
        StartsOutput = StartsOutput,
        Create = start => new VersionSection(start.Session, start.Device, Command!),
    };

    /// <summary>AireOS "show sysinfo": dotted key-value lines, the first "Manufacturer's Name".</summary>
    public static CaptureCommand SysinfoCommand { get; } = new()
    {
        DisplayName = "show sysinfo",
        Forms = [new("show sysinfo", ControllerOnly: true)],
        StartsOutput = trimmed => KeyValueLine.Parse(trimmed) is { Key: "manufacturer's name" or "product version" },
        Create = start => new VersionSection(start.Session, start.Device, SysinfoCommand!),
    };

    private const string BoardId = "Processor board ID ";

    public override bool Greedy => true;

    // The banners "show version" starts with: IOS and IOS-XE, old IOS ("Cisco Internetwork Operating System
    // Software", "IOS (tm) C2600 Software ..."), and Wave 2 / 802.11ax APs ("Cisco AP Software, (ap3g3), ...").
    // A fragment pasted from its middle starts with what identifies the device just as well: the model line
    // ("cisco AIR-AP4800-D-K9 ARMv7 Processor …"), the board ID, or an AP's image and serial lines.
    public static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Cisco IOS Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco IOS XE Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco Internetwork Operating System Software", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("IOS (tm)", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Cisco AP Software,", StringComparison.OrdinalIgnoreCase)
        || ModelLine().IsMatch(trimmed)
        || (trimmed.StartsWith(BoardId, StringComparison.OrdinalIgnoreCase) && trimmed.Length > BoardId.Length)
        || KeyValueLine.Parse(trimmed) is { Key: "ap running image" or "top assembly serial number" or "pcb serial number" };

    private (string Value, CaptureLine Line)? _boardId;
    private bool _releaseRead;
    private bool _member;
    private (string Value, CaptureLine Line)? _pcbSerial;

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (session.NamesControllerSoftware(text))
        {
            // "… C9800-CL Software (C9800-CL-K9_IOSXE) …", "C9800-AP Software" (the embedded controller on an AP):
            // controller software, whatever hardware it runs on.
            device.SetRole(DeviceRole.Controller);
        }

        if (!_releaseRead && (text.StartsWith("Cisco IOS", StringComparison.OrdinalIgnoreCase) || text.StartsWith("IOS (tm)", StringComparison.OrdinalIgnoreCase))
            && IosVersion().Match(text) is { Success: true } ios)
        {
            Release(ios.Groups["v"].Value, line);
            return true;
        }

        if (text.StartsWith("Cisco AP Software,", StringComparison.OrdinalIgnoreCase))
        {
            // Only an AP prints this banner; its release is on the "AP Running Image" line.
            device.SetRole(DeviceRole.AccessPoint);
            return true;
        }

        if (StackMember().IsMatch(text))
        {
            // A stack's or StackWise Virtual pair's "Switch 02" / "---------" section: the other member's serial
            // and MAC are the same device's members, not a second identity.
            _member = true;
            return true;
        }

        if (_member && KeyValueLine.Parse(text) is { } memberPair)
        {
            if (memberPair.Key is "system serial number" && memberPair.Value.Length > 0)
            {
                device.AddMemberSerial(memberPair.Value, line.Evidence);
            }

            return true;
        }

        if (KeyValueLine.Parse(text) is { } pair)
        {
            switch (pair.Key)
            {
                case "ap running image" when !_releaseRead:
                    Release(pair.Value, line);
                    device.SetRole(DeviceRole.AccessPoint);
                    break;
                case "system name" when device.Role == DeviceRole.Controller && pair.Value.Length > 0:
                    // AireOS "show sysinfo": the controller's own name, whatever its prompt says.
                    device.AddName(pair.Value, line.Evidence);
                    break;
                case "product version" when !_releaseRead:
                    // The running release; the boot loader's and the emergency image's lines name others.
                    Release(pair.Value, line);
                    device.SetRole(DeviceRole.Controller);
                    break;
                case "chassis type" when pair.Value.Length > 0:
                    // RANCID's and oxidized's digest of show version above a saved configuration ("! Chassis type:").
                    device.AddModel(pair.Value, line.Evidence);
                    break;
                case "processor id" when pair.Value.Length > 0:
                    _boardId ??= (pair.Value, line);
                    break;
                case "top assembly serial number" or "system serial number":
                    device.AddSerial(pair.Value, line.Evidence);
                    break;
                case "pcb serial number" when pair.Value.Length > 0:
                    // The board's serial: the AP's own only when its show version names no other.
                    _pcbSerial ??= (pair.Value, line);
                    break;
                case "product/model number" or "model number":
                    device.AddModel(pair.Value, line.Evidence);
                    break;
                case "base ethernet mac address" or "burned-in mac address" when MacAddress.Normalize(pair.Value) is { } mac:
                    device.AddMac(mac, line.Evidence);
                    break;
            }
        }
        else if ((ModelLine().Match(text) is { Success: true } model ? model : GluedModelLine().Match(text)) is { Success: true } found)
        {
            device.AddModel(found.Groups["model"].Value, line.Evidence);
        }
        else if (text.StartsWith(BoardId, StringComparison.OrdinalIgnoreCase) && text.Length > BoardId.Length)
        {
            // The board ID is an AP's serial, and a router's or a switch's chassis serial when its show version names
            // no other ("System Serial Number"): kept until the output ends.
            _boardId ??= (text[BoardId.Length..].Trim(), line);
        }

        return true;
    }

    public override void End()
    {
        if (_boardId is { } board && (device.Role == DeviceRole.AccessPoint || device.Serials.Count == 0))
        {
            // The first word: "Processor board ID JAD05010BTN (1914565427)" on older routers.
            string serial = board.Value.Split(' ', 2)[0];
            // A router's, a switch's or a controller's of a known platform; not an embedded controller on AP hardware
            // (C9800-AP Software on a C9124AXE): that board ID is the AP's, whose own show version gives it.
            string?[] families = [.. device.Models.Select(m => session.DeviceTypeOf(m.Value))];
            if (device.Role == DeviceRole.AccessPoint || families.Any(t => t is not null and not "ap"))
            {
                device.AddSerial(serial, board.Line.Evidence);
            }
            else if (families.All(t => t is null))
            {
                // A platform the rules data does not know may be anything, and would be judged as an AP: its board
                // ID, perhaps not even the chassis's, must not become a manufacturing date.
                device.AddNote($"{board.Line.Location}: the board ID {serial} is not taken for the serial: the model {(device.Models.Count > 0 ? device.Models[0].Value : "(not named)")} is of no family CertInspect knows");
            }
        }

        if (device.Role == DeviceRole.AccessPoint && device.Serials.Count == 0 && _pcbSerial is { } pcb)
        {
            device.AddSerial(pcb.Value, pcb.Line.Evidence);
        }
    }

    // The first release one output names is the device's; a later output of the same device (show version again
    // after an upgrade) names the release it runs now.
    private void Release(string value, CaptureLine line)
    {
        _releaseRead = true;
        if (device.Release is null)
        {
            device.SetRelease(value, line.Evidence);
        }
        else if (!string.Equals(device.Release.Value, value, StringComparison.Ordinal))
        {
            device.UpdateRelease(value, line.Evidence);
        }
    }

    // "Cisco IOS XE Software, Version 17.09.04a", "... Software (AP3G2-K9W8-M), Version 15.3(3)JA, RELEASE SOFTWARE",
    // an engineering build "Experimental Version 17.8.20211003:014100 [BLD_...]" (the time after the colon is part of it).
    [GeneratedRegex(@"\bVersion\s+(?<v>[0-9][\w.()\-]*[\w)](?::\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex IosVersion();

    // "Switch 02", "Switch 2" alone on a line: show version's section of another stack member.
    [GeneratedRegex(@"^Switch\s+0?[2-9]\d?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StackMember();

    // "cisco AIR-CAP2602I-E-K9 (PowerPC) processor ...", "cisco C9800-40-K9 (...) processor ...",
    // "cisco AIR-AP4800-D-K9 ARMv7 Processor rev 1 (v7l) with ...", a router's "Cisco CISCO1921/K9 (revision 1.0) with
    // 491520K/32768K bytes of memory." and "cisco ISR4331/K9 (1RU) processor with …", "cisco 2621XM (MPC860P) processor".
    // The model has a digit; "Cisco Systems, Inc." is no model line.
    [GeneratedRegex(@"^cisco\s+(?<model>(?=[\w\-/+]*\d)[A-Za-z0-9][\w\-/+]*)\s+(?:\(|\S+\s+Processor\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModelLine();

    // The model line run onto what the console printed before it ("platform initcisco C9800-CL (VXE) processor …").
    [GeneratedRegex(@"cisco\s+(?<model>(?=[\w\-/+]*\d)[A-Za-z0-9][\w\-/+]*)\s+\([^)]*\)\s+processor\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GluedModelLine();
}
