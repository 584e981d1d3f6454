using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Captures;

/// <summary>What a capture's end decides (see <see cref="CaptureSession"/>): whose the output and the log pasted
/// before the first prompt are, which AP a controller's log line is about, and what the note of an unread command says.</summary>
internal sealed partial class CaptureSession
{
    /// <summary>Ends the capture: a controller's log lines about an AP go to that AP; says how much was not listed.</summary>
    public void Close()
    {
        JoinConsoleOutputToItsPrompt();
        PlaceUnpromptedLog();
        UnpromptedController.Link(_byContext.GetValueOrDefault(string.Empty), _prompted, facts.GenericHostNames);
        foreach (CapturedDevice device in Devices.Where(d => d.UnreadCommands.Count > 0))
        {
            // The device is named by its prompt; what it was asked is said, so that nobody takes its silence for
            // evidence.
            IReadOnlyList<CapturedValue> unread = device.UnreadCommands;
            string more = unread.Count > 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (and {unread.Count - 1} more: {string.Join(", ", unread.Skip(1).Take(5).Select(c => $"'{c.Value}'"))})") : string.Empty;
            device.AddNote($"{unread[0].Evidence.Location}: '{unread[0].Value}' was typed at its prompt; CertInspect does not read that command's output{more}");
        }

        foreach (CapturedDevice controller in Devices.Where(d => d.Role == DeviceRole.Controller).ToList())
        {
            // An AP the controller lists with its MAC and IP: DTLS lines name it by IP ("with peer 10.0.0.18").
            Dictionary<string, string> macByIp = Devices
                .Where(d => d.Controller == controller && d.Macs.Count > 0)
                .SelectMany(d => d.IpAddresses.Select(ip => (Ip: ip.Value, Mac: d.Macs[0].Value)))
                .DistinctBy(a => a.Ip, StringComparer.Ordinal)
                .ToDictionary(a => a.Ip, a => a.Mac, StringComparer.Ordinal);
            Dictionary<EvidenceLine, string> about = LogAttribution.ApMacs(controller.LogLines, macByIp);
            foreach (EvidenceLine line in controller.TakeLogLines(about.ContainsKey))
            {
                CapturedDevice ap = ApByMac(controller, about[line], line);
                controller.AddLogLineAboutAp(line);
                ap.AddReportedLogLine(line);
                ap.AddOccurrence(line);
            }
        }

        if (UnlistedDiagnostics + UnlistedCommands > 0)
        {
            Diagnostics.Add(new CaptureDiagnostic(
                new SourceLocation(Source, null),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{UnlistedDiagnostics} more diagnostics and {UnlistedCommands} more commands are not listed (at most {MaximumListed} of each)")));
        }
    }

    /// <summary>
    /// A console session of one device: what it printed before its first prompt (a boot's show version block, its
    /// PnP UDI, its DHCP host name) is that device's, when the capture prompts one device only and nothing the two
    /// records say contradicts the other (another serial, another model, another kind). Output pasted before the
    /// prompts of several devices stays a device of its own: whose it is, the capture does not say.
    /// </summary>
    private void JoinConsoleOutputToItsPrompt()
    {
        if (_prompted.Count != 1 || !_byContext.TryGetValue(string.Empty, out CapturedDevice? unprompted) || !unprompted.HasOutputEvidence)
        {
            return;
        }

        CapturedDevice console = _prompted[0];
        static bool Disagree(IReadOnlyList<CapturedValue> a, IReadOnlyList<CapturedValue> b) =>
            a.Count > 0 && b.Count > 0 && !a.Any(x => b.Any(y => string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase)));
        if (Disagree(unprompted.Serials, console.Serials) || Disagree(unprompted.Models, console.Models) || Disagree(unprompted.Macs, console.Macs)
            || !Fits(console.Role, unprompted.Role) || Devices.Any(d => d.Controller == unprompted))
        {
            return;
        }

        console.Absorb(unprompted);
        Devices.Remove(unprompted);
        _byContext.Remove(string.Empty);
    }

    /// <summary>
    /// Log lines pasted before the first prompt are a console's: whose, the messages tell (an AP's CAPWAP client
    /// states and DTLS client errors, a controller's task prefixes; rules data captures.*LogMarkers). A log that is
    /// all the unprompted output holds goes to the first prompted device it fits (the AP whose console printed it
    /// before the engineer typed); a log beside another device's unprompted output (a controller's certificates) is a
    /// device of its own, so that an AP's log never becomes its controller's, nor a pseudo-device beside its AP.
    /// </summary>
    private void PlaceUnpromptedLog()
    {
        // A device whose own log holds only an AP's messages (or only a controller's) is one, when nothing else says.
        foreach (CapturedDevice device in _prompted.Where(d => d.Role == DeviceRole.Unknown && d.LogLines.Count > 0))
        {
            device.SetRole(LoggedBy(device.LogLines));
        }

        if (!_byContext.TryGetValue(string.Empty, out CapturedDevice? unprompted) || unprompted.LogLines.Count == 0)
        {
            return;
        }

        DeviceRole logger = LoggedBy(unprompted.LogLines);
        if (!unprompted.HasOutputEvidence)
        {
            CapturedDevice? first = _prompted.FirstOrDefault(d => Fits(d.Role, logger));
            if (first is not null)
            {
                foreach (EvidenceLine line in unprompted.TakeLogLines(_ => true))
                {
                    first.AddLogLine(line);
                    first.AddOccurrence(line);
                }

                first.SetRole(logger);
                return;
            }

            unprompted.SetRole(logger);
            return;
        }

        if (logger != DeviceRole.Unknown && unprompted.Role != DeviceRole.Unknown && unprompted.Role != logger)
        {
            CapturedDevice own = Get("\u0000log", () => new CapturedDevice(Source, string.Empty, logger, controller: null));
            foreach (EvidenceLine line in unprompted.TakeLogLines(_ => true))
            {
                own.AddLogLine(line);
                own.AddOccurrence(line);
            }

            own.AddNote($"{own.LogLines[0].Location}: the log pasted before the first prompt is {(logger == DeviceRole.AccessPoint ? "an AP's" : "a controller's")} (its messages say so), not the device whose output follows it");
        }
        else
        {
            unprompted.SetRole(logger);
        }
    }

    private static bool Fits(DeviceRole device, DeviceRole logger) =>
        logger == DeviceRole.Unknown || device == DeviceRole.Unknown || device == logger;

    // The role the log's messages show: an AP's when only AP messages are in it, a controller's when only controller
    // messages are; unknown when neither or both.
    private DeviceRole LoggedBy(IReadOnlyList<EvidenceLine> lines)
    {
        bool ap = lines.Any(l => facts.AccessPointLogMarkers.Any(m => PatternCache.Get(m).IsMatch(l.Text)));
        bool controller = lines.Any(l => facts.ControllerLogMarkers.Any(m => PatternCache.Get(m).IsMatch(l.Text)));
        return ap == controller ? DeviceRole.Unknown : ap ? DeviceRole.AccessPoint : DeviceRole.Controller;
    }
}
