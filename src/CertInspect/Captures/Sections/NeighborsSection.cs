using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "show cdp neighbors detail" and "show lldp neighbors detail" (rules data source cisco-cli-output): the devices cabled
/// to the one whose prompt typed it, one entry each. An entry is a device of its own — its name, model (CDP's
/// "Platform: cisco AIR-CAP3702I-E-K9"), address, the switch port it is on, and the software banner it advertises — never
/// the device that printed the table: the AP banners inside the entries ("Version :" / "System Description:") are the
/// neighbours' releases, not a show version of the switch. The output reads every line up to the next prompt or its
/// closing "Total … entries displayed" line.
/// </summary>
internal sealed partial class NeighborsSection(CaptureSession session, CapturedDevice reporter, CaptureCommand reads) : OutputSection(reads)
{
    public static CaptureCommand CdpCommand { get; } = new()
    {
        DisplayName = "show cdp neighbors detail",
        Forms = [new("show cdp neighbors * detail"), new("show cdp neighbors detail *"), new("show cdp entry *")],
        StartsOutput = trimmed => trimmed.StartsWith("Device ID:", StringComparison.Ordinal),
        Create = start => new NeighborsSection(start.Session, start.Device, CdpCommand!),
    };

    public static CaptureCommand LldpCommand { get; } = new()
    {
        DisplayName = "show lldp neighbors detail",
        Forms = [new("show lldp neighbors * detail"), new("show lldp neighbors detail *"), new("show lldp entry *")],
        StartsOutput = trimmed => trimmed.StartsWith("Local Intf:", StringComparison.Ordinal) || trimmed.StartsWith("Chassis id:", StringComparison.Ordinal),
        Create = start => new NeighborsSection(start.Session, start.Device, LldpCommand!),
    };

    private Entry? _entry;
    private bool _inBanner;
    private bool _ended;

    public override bool Accept(CaptureLine line)
    {
        if (_ended)
        {
            return false;
        }

        string text = line.Trimmed;
        if (TotalLine().IsMatch(text))
        {
            Finish();
            _ended = true;
            return true;
        }

        if (text.Length == 0 || text.All(c => c == '-'))
        {
            _inBanner = false;
            return true;
        }

        KeyValueLine? pair = _inBanner ? null : KeyValueLine.Parse(text);
        bool starts = pair?.Key switch
        {
            // CDP opens each entry with its Device ID; LLDP with the local interface, or on some releases the chassis id.
            "device id" => true,
            "local intf" => _entry is null || _entry.Port is not null,
            "chassis id" => _entry is null || _entry.ChassisId is not null,
            _ => _entry is null,
        };
        Entry entry = starts ? Start(line) : _entry!;
        entry.Lines.Add(line);
        if (_inBanner)
        {
            entry.Banner.Add(text);
            return true;
        }

        _inBanner = false;
        switch (pair?.Key)
        {
            case "device id" or "system name":
                entry.Name = pair.Value;
                break;
            case "platform":
                // "cisco AIR-CAP3702I-E-K9,  Capabilities: Trans-Bridge ..." → the PID.
                entry.Model = PlatformModel().Match(pair.Value) is { Success: true } model ? model.Groups["model"].Value : null;
                break;
            case "ip address" or "ip" when entry.Address is null && System.Net.IPAddress.TryParse(pair.Value, out System.Net.IPAddress? address):
                entry.Address = address.ToString();
                break;
            case "interface" or "local intf":
                entry.Port = pair.Value.Split(',')[0].Trim();
                break;
            case "chassis id":
                entry.ChassisId = pair.Value;
                break;
            case "version" or "system description":
                _inBanner = true;
                if (pair.Value.Length > 0)
                {
                    entry.Banner.Add(pair.Value);
                }

                break;
        }

        return true;
    }

    public override void End() => Finish();

    private Entry Start(CaptureLine line)
    {
        Finish();
        _inBanner = false;
        _entry = new Entry(line);
        return _entry;
    }

    private void Finish()
    {
        if (_entry is not { Name: { Length: > 0 } name } entry)
        {
            _entry = null;
            return;
        }

        _entry = null;
        CapturedDevice neighbour = session.Neighbour(reporter, name, entry.First.Evidence);
        foreach (CaptureLine line in entry.Lines)
        {
            neighbour.AddOccurrence(line.Evidence);
        }

        if (entry.Model is { } model)
        {
            neighbour.AddModel(model, entry.First.Evidence);
        }

        if (MacAddress.Normalize(entry.ChassisId) is { } mac)
        {
            // LLDP's chassis id is the neighbour's MAC when it is shaped like one (an AP's Ethernet MAC).
            neighbour.AddMac(mac, entry.First.Evidence);
        }

        if (entry.Address is { } address)
        {
            neighbour.AddIpAddress(address, entry.First.Evidence);
        }

        string banner = string.Join(' ', entry.Banner);
        if (banner.StartsWith("Cisco AP Software", StringComparison.OrdinalIgnoreCase))
        {
            // Only an AP advertises this banner (CDP's Version, LLDP's System Description).
            neighbour.SetRole(DeviceRole.AccessPoint);
        }

        if (Release().Match(banner) is { Success: true } release)
        {
            neighbour.SetRelease(release.Groups["v"].Value, entry.First.Evidence);
        }

        string via = reporter.Context.Length > 0 ? reporter.Context : "the device that printed it";
        neighbour.AddNote($"{entry.First.Location}: a {Reads.DisplayName} entry of {via}{(entry.Port is { } port ? $" on {port}" : string.Empty)}{(entry.Model is null ? "; no platform given" : string.Empty)}");
    }

    // CDP "Platform: cisco AIR-CAP3702I-E-K9,  Capabilities: ..." or "Platform: Cisco C9120AXI-B, ...".
    [GeneratedRegex(@"^(?:cisco\s+)?(?<model>[A-Za-z0-9][\w\-/.]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlatformModel();

    // IOS "..., Version 15.3(3)JD4, RELEASE SOFTWARE"; AP-COS CDP "Cisco AP Software, ap3g3-k9w8 Version: 8.10.185.0";
    // LLDP "Cisco AP Software, ap1g4-k9w8, 8.5.151.0".
    [GeneratedRegex(@"\bVersion:?\s+(?<v>[0-9][\w.()\-]*[\w)])|^Cisco AP Software,\s*[\w\-]+,\s*(?<v>[0-9][\w.()\-]*[\w)])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    // "Total cdp entries displayed : 3", "Total entries displayed: 2".
    [GeneratedRegex(@"^Total (?:cdp |lldp )?entries displayed\s*:\s*\d+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TotalLine();

    private sealed class Entry(CaptureLine first)
    {
        public CaptureLine First { get; } = first;

        public List<CaptureLine> Lines { get; } = [];

        public List<string> Banner { get; } = [];

        public string? Name { get; set; }

        public string? Model { get; set; }

        public string? Address { get; set; }

        public string? Port { get; set; }

        public string? ChassisId { get; set; }
    }
}
