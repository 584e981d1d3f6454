using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "show ap summary" (AireOS and 9800; rules data source cisco-cli-output): a few global lines, a header, dashes, then one row per AP:
/// name, slots, model, Ethernet MAC, ... No serials: the name and MAC join these APs to the other inputs.
/// </summary>
internal sealed partial class ApSummarySection(CaptureSession session, CapturedDevice controller) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show ap summary",
        Forms = [new("show ap summary *", ControllerOnly: true), new("show fabric ap summary *", ControllerOnly: true)],
        StartsOutput = StartsOutput,
        Create = start => new ApSummarySection(start.Session, start.Device),
    };

    private bool _inTable;
    private bool _beyondPreamble;

    public override bool OnlyPreamble => !_beyondPreamble;

    // "Number of APs", the 9800's "Number of Fabric AP : 2" (show fabric ap summary), or the table's header pasted
    // without the lines above it.
    public static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Number of APs", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Number of Fabric AP", StringComparison.OrdinalIgnoreCase)
        || IsHeader(trimmed);

    private static bool IsPreamble(string trimmed) =>
        trimmed.StartsWith("Number of APs", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("Number of Fabric AP", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeader(string trimmed) =>
        TableHeader.IsColumnHeader(trimmed, "AP Name") && trimmed.Contains("Model", StringComparison.OrdinalIgnoreCase) && trimmed.Contains("MAC", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        bool accepted = Read(line);
        _beyondPreamble |= accepted && !IsPreamble(line.Trimmed);
        return accepted;
    }

    private bool Read(CaptureLine line)
    {
        string text = line.Trimmed;
        if (text.StartsWith("AP Name", StringComparison.OrdinalIgnoreCase) && text.Contains("Model", StringComparison.OrdinalIgnoreCase))
        {
            _inTable = true;
            controller.SetRole(DeviceRole.Controller);
            return true;
        }

        if (text.Length > 0 && text.All(c => c is '-' or '=' or ' '))
        {
            return true;
        }

        if (!_inTable)
        {
            // Global settings ("Number of APs.... 3") and the 9800's legend ("CC = Country Code").
            return KeyValueLine.Parse(text) is not null || text.Contains(" = ", StringComparison.Ordinal);
        }

        // AP names have no spaces; the model follows the slot count; the first MAC-shaped token is the Ethernet MAC.
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (RowMacs(tokens) >= 2)
        {
            // Rows a copy joined onto one line: each read as the row it was, or none when they do not line up.
            return JoinedRows(tokens) is { } rows && rows.All(row => Row(row, line));
        }

        return Row(tokens, line);
    }

    /// <summary>The rows of a line that holds several, each starting "name slots model MAC"; null when its MACs are not
    /// each a row's (then which cell is whose is not certain).</summary>
    private static List<string[]>? JoinedRows(string[] tokens)
    {
        var starts = Enumerable.Range(0, tokens.Length - 3)
            .Where(k => tokens[k + 1].All(char.IsAsciiDigit) && MacAddress.IsMacToken(tokens[k + 3]) && !MacAddress.IsMacToken(tokens[k + 2]))
            .ToList();
        return starts.Count == RowMacs(tokens) && starts[0] == 0
            ? [.. starts.Select((start, n) => tokens[start..(n + 1 < starts.Count ? starts[n + 1] : tokens.Length)])]
            : null;
    }

    // A row's first MAC is its Ethernet MAC (a 9800's Radio MAC follows it).
    private static int RowMacs(string[] tokens) =>
        Enumerable.Range(0, tokens.Length).Count(i => MacAddress.IsMacToken(tokens[i]) && (i == 0 || !MacAddress.IsMacToken(tokens[i - 1])));

    private bool Row(string[] tokens, CaptureLine line)
    {
        int slots = Array.FindIndex(tokens, 1, t => t.All(char.IsAsciiDigit));
        string? mac = MacAddress.Normalize(tokens.FirstOrDefault(MacAddress.IsMacToken));
        if (tokens.Length < 3 || slots < 0 || slots + 1 >= tokens.Length || mac is null)
        {
            return false;
        }

        CapturedDevice ap = session.ApOf(controller, tokens[0], line.Evidence);
        ap.AddModel(tokens[slots + 1], line.Evidence);
        ap.AddMac(mac, line.Evidence);

        // The IP address is the first IPv4-shaped token after the MAC (the location before it may be blank or several
        // words); an AP listed without one has none.
        int macIndex = Array.FindIndex(tokens, MacAddress.IsMacToken);
        if (tokens.Skip(macIndex + 1).FirstOrDefault(t => Ipv4Token().IsMatch(t)) is { } ip)
        {
            ap.AddIpAddress(ip, line.Evidence);
        }

        return true;
    }

    [GeneratedRegex(@"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Token();
}
