using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// AireOS "show ap join stats summary all": every AP that sent the controller a discovery request, and whether it
/// joined — the first thing to run when APs stop joining. Older releases print "base radio MAC.... Joined"; 8.x a
/// table of base MAC, Ethernet MAC, AP name, IP address and status. Each AP becomes a device of the controller with its
/// join status, so that the controller's log lines about it (which name it by MAC) land on it. Catalyst 9800 "show
/// wireless stats ap join summary" is the same table with MACs as aaaa.bbbb.cccc and two more columns, the phase of the
/// AP's last failed join and the controller's reason, kept with the AP.
/// </summary>
internal sealed partial class JoinStatsSection(CaptureSession session, CapturedDevice controller, CaptureCommand reads) : OutputSection(reads)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show ap join stats summary",
        Forms = [new("show ap join stats summary *", ControllerOnly: true)],
        StartsOutput = trimmed => IsHeader(trimmed) || DottedRow().IsMatch(trimmed),
        Create = start => new JoinStatsSection(start.Session, start.Device, Command!),
    };

    /// <summary>Catalyst 9800 "show wireless stats ap join summary"; listed before <see cref="Command"/>, whose header
    /// test its header passes too.</summary>
    public static CaptureCommand WirelessCommand { get; } = new()
    {
        DisplayName = "show wireless stats ap join summary",
        Forms = [new("show wireless stats ap join summary *", ControllerOnly: true)],
        StartsOutput = trimmed => IsHeader(trimmed) && trimmed.Contains("Last Failure Phase", StringComparison.OrdinalIgnoreCase),
        Create = start => new JoinStatsSection(start.Session, start.Device, WirelessCommand!),
    };

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (text.StartsWith("Number of APs", StringComparison.OrdinalIgnoreCase) || IsHeader(text) || text.All(c => c is '-' or ' '))
        {
            return true;
        }

        if (DottedRow().Match(text) is { Success: true } dotted && MacAddress.Normalize(dotted.Groups["mac"].Value) is { } radio)
        {
            // The base radio MAC is not the Ethernet MAC other inputs give: it names the AP here, it does not join it.
            CapturedDevice ap = session.ApOf(controller, $"(AP with base radio MAC {radio})", line.Evidence);
            ap.SetJoinStatus(dotted.Groups["status"].Value.Trim(), line.Evidence);
            return true;
        }

        if (TableRow().Match(text) is { Success: true } row)
        {
            // Columns a row may leave blank (the IP address of an AP that never got one, the Ethernet MAC, the 9800's
            // phase and reason) are typed: a blank one is absent, never the next column's word ("Not" is no IP).
            CapturedDevice ap = session.ApOf(controller, row.Groups["name"].Value, line.Evidence);
            if (MacAddress.Normalize(row.Groups["ethernet"].Value) is { } ethernet)
            {
                ap.AddMac(ethernet, line.Evidence);
            }

            if (System.Net.IPAddress.TryParse(row.Groups["ip"].Value, out System.Net.IPAddress? address))
            {
                ap.AddIpAddress(address.ToString(), line.Evidence);
            }

            string status = Spaces().Replace(row.Groups["status"].Value.Trim(), " ");
            ap.SetJoinStatus(status, line.Evidence);

            // The 9800's columns after the status are phrases, separated by runs of spaces: phase, then reason.
            string[] failure = ColumnGap().Split(row.Groups["rest"].Value.Trim());
            bool failed = !status.Equals("Joined", StringComparison.OrdinalIgnoreCase) && failure[0].Length > 0;
            ap.SetLastJoinFailure(
                !failed ? null : failure.Length > 1 ? $"{failure[0]}: {string.Join(' ', failure[1..])}" : failure[0],
                line.Evidence);
            return true;
        }

        return false;
    }

    private static bool IsHeader(string trimmed) =>
        trimmed.StartsWith("Base Mac", StringComparison.OrdinalIgnoreCase)
        && trimmed.Contains("AP Name", StringComparison.OrdinalIgnoreCase)
        && trimmed.Contains("Status", StringComparison.OrdinalIgnoreCase);

    // "00:0b:85:1b:7c:b0............................. Not joined"
    [GeneratedRegex(@"^(?<mac>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\.{2,}\s*(?<status>(?:Not\s+)?Joined)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DottedRow();

    // AireOS "00:0b:85:57:bc:c0    00:1e:bd:aa:bb:01    AP-LOBBY-7    10.0.0.17    Not Joined";
    // 9800 "706d.05ff.0859  706d.05ff.9bb8  AP-LOBBY-7  10.0.0.17  Not Joined  Dtls  DTLS handshake failure".
    // The Ethernet MAC and the IP address may be blank; each column is recognised by its shape.
    [GeneratedRegex(@"^(?<base>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\s+(?:(?<ethernet>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\s+)?(?<name>\S+)(?:\s+(?<ip>\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}))?\s+(?<status>(?:Not\s+)?Joined)(?:\s+(?<rest>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();
}
