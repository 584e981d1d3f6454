using System.Text.RegularExpressions;
using CertInspect.Inputs;

namespace CertInspect.Dispatch;

/// <summary>
/// What a file CertInspect does not read looks like, so that its one input error says so: a document of another
/// kind (JSON — among them a browser's HAR and an SNMP trap —, XML, Markdown), or text that is neither serials nor
/// console output (an IP phone's console log, source code, prose, key-value text, a table without a serial column).
/// An engineer who gave the wrong file learns which file it was, never only that it is "not a serial list".
/// </summary>
internal static partial class TextDescription
{
    public const string Markdown = "Markdown";

    /// <summary>How many non-blank lines are looked at to say what text is.</summary>
    private const int Sample = 60;

    /// <summary>
    /// A document of a kind CertInspect does not read as a whole, and whether a capture pasted into it is read all the
    /// same: Markdown quotes sessions in fences and quotes; JSON holds one only as the string literals of a program's
    /// result (Ansible's and Netmiko's stdout_lines); a HAR, an SNMP trap and XML never.
    /// </summary>
    public static (string Name, bool MayHoldCapture)? Document(string[] lines, string text, PasteStyle style)
    {
        string first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        if (JsonStart().IsMatch(first))
        {
            // HAR 1.2 (W3C Web Performance WG draft, "HTTP Archive"): {"log": {"version", "creator", "entries": […]}}.
            if (text.Contains("\"log\"", StringComparison.Ordinal) && text.Contains("\"entries\"", StringComparison.Ordinal)
                && (text.Contains("\"creator\"", StringComparison.Ordinal) || text.Contains("\"request\"", StringComparison.Ordinal)))
            {
                return ("a browser's HAR (HTTP archive of a web session)", false);
            }

            // RFC 3416 §4.2.6 / SNMPv2-MIB: a trap's second varbind is snmpTrapOID.0 (1.3.6.1.6.3.1.1.4.1.0).
            if (SnmpTrap().IsMatch(text))
            {
                return ("an SNMP trap as JSON", false);
            }

            return ("JSON", style.Wrapper == PasteWrapper.StringLiterals);
        }

        if (first.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || (first.StartsWith('<') && first.EndsWith('>')))
        {
            return ("XML", false);
        }

        bool markdown = lines.Any(l =>
        {
            string line = l.TrimEnd('\r');
            return line.StartsWith("```", StringComparison.Ordinal)
                || line.StartsWith("## ", StringComparison.Ordinal)
                || (line.StartsWith('|') && line.Contains("---", StringComparison.Ordinal) && line.Trim().All(c => c is '|' or '-' or ':' or ' '));
        });
        return markdown ? (Markdown, true) : null;
    }

    /// <summary>What text that is neither serials nor console output looks like, judged on its first lines.</summary>
    public static string Describe(string[] lines)
    {
        var sample = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Take(Sample).ToList();
        if (sample.Count == 0)
        {
            return "text of another kind";
        }

        // A command quoted bare above its output ("sh power in"), or at a prompt: the output of a command CertInspect
        // does not read (a command it reads would have made the file a capture).
        if (BareCommand(sample[0]) is { } command)
        {
            return $"the output of '{command}', a command CertInspect does not read";
        }

        // IOS answers a command it cannot carry out with "% Error …", "% Invalid input …".
        if (sample[0].StartsWith("% ", StringComparison.Ordinal))
        {
            return "a device's error reply, no output";
        }

        // A collector's output: every line behind the name of the device it came from ("10.215.255.1:Device ID: …").
        if (sample.Count(l => PastedText.HostOf(l) is not null) * 5 >= sample.Count * 4)
        {
            return "a collector's output, every line behind the name of its device, in which no output CertInspect reads";
        }

        // JSON cut out of a larger document: "key":"value" members with escaped quotes (a HAR's or a web UI's reply).
        if (sample.Count(l => l.Contains("\\\":", StringComparison.Ordinal) || (l.StartsWith('"') && l.Contains("\":", StringComparison.Ordinal))) * 2 >= sample.Count)
        {
            return "a piece of JSON (a web UI's reply or a browser's HAR, not a whole document)";
        }

        // Cisco IP phones log "NOT 10:28:45.232424 SECD: …" / "ERR …" (severity, time) and are named SEP<MAC> (their
        // configuration files SEP<MAC>.cnf.xml and CTLSEP<MAC>.tlv on the TFTP server: Cisco Unified CM documentation).
        if (sample.Count(l => PhoneLogLine().IsMatch(l)) * 3 >= sample.Count || lines.Take(Sample * 4).Any(l => PhoneName().IsMatch(l)))
        {
            return "an IP phone's log (CertInspect reads the output and logs of APs, controllers and the switches they hang off)";
        }

        // A document's table flattened onto one line, its rows joined ("| Field | Value | | :--- | :--- | | …"), or
        // copied one cell a line ("1.3 |", "21-Dec-22 |").
        if (sample.Any(CsvShape.IsFlattenedTable))
        {
            return "a document's table flattened onto one line (no inventory: its rows are text)";
        }

        // A PDF's table copied one cell a line: MACs and model numbers alone on their lines.
        if (sample.Count(l => Evidence.MacAddress.IsMacToken(l)) >= 2 && sample.Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2) * 3 >= sample.Count * 2)
        {
            return "a table copied one cell a line (names, models and MACs on lines of their own: which cells make a row is not certain, so none is read)";
        }

        if (sample.Count(l => l.EndsWith(" |", StringComparison.Ordinal)) * 2 >= sample.Count)
        {
            return "a document's table copied one cell a line (no inventory: its cells are text)";
        }

        if (sample.Any(l => l.Contains("FIELD NOTICE", StringComparison.OrdinalIgnoreCase)))
        {
            return "a field notice's text (it names products and releases, no device)";
        }

        if (sample.Any(l => SourceCode().IsMatch(l)))
        {
            return "source code";
        }

        int half = (sample.Count + 1) / 2;
        // Prose: lines of three words or more, nearly all letters and spaces, one of five words at least.
        if (sample.Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && l.Count(c => char.IsLetter(c) || c == ' ') * 100 >= l.Length * 85) >= half
            && sample.Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5))
        {
            return "prose (a message or a page's text)";
        }

        if (sample.Count(l => KeyValue().IsMatch(l)) >= half)
        {
            return "key-value text of another kind (no output CertInspect reads)";
        }

        // A table: most lines with as many separators of one kind as each other (prose has commas, not columns).
        foreach (char separator in (ReadOnlySpan<char>)['|', '\t', ';', ','])
        {
            int[] counts = [.. sample.Select(l => l.Count(c => c == separator)).Where(c => c >= 2)];
            if (counts.Length >= half && counts.GroupBy(c => c).Max(g => g.Count()) >= half)
            {
                return "a table without a serial column";
            }
        }

        return "text of another kind";
    }

    // "sh power in", "3850-1#show power inline Gi1/0/10 detail": an exec command, bare or at a prompt.
    private static string? BareCommand(string line)
    {
        string typed = Captures.PromptLine.Match(line) is { Rest.Length: > 0 } prompt ? prompt.Rest
            : char.IsAsciiLetterLower(line[0]) ? line : string.Empty;
        return Captures.CommandCatalog.IsExecCommand(typed) && typed.Length <= 80 && typed.All(c => c == ' ' || !char.IsWhiteSpace(c)) && !typed.Contains(". ", StringComparison.Ordinal)
            ? typed.Trim()
            : null;
    }

    // "{", "[", "[]", "[1", "[{", "[\"" open JSON; "[+] show running-config" and "[*07/12/2021 …" do not.
    [GeneratedRegex(@"^(?:\{|\[\s*(?:$|[\[{""\]\d\-]|true|false|null))", RegexOptions.CultureInvariant)]
    private static partial Regex JsonStart();

    [GeneratedRegex(@"snmpTrapOID|""varbinds?""|1\.3\.6\.1\.6\.3\.1\.1\.4\.1|""trap[_ ]?(?:oid|type|name)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SnmpTrap();

    [GeneratedRegex(@"^(?:\d+:\s*)?(?:NOT|ERR|WRN|INF|DBG|DEB)\s+\d{1,2}:\d{2}:\d{2}\.\d+\s", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLogLine();

    [GeneratedRegex(@"SEP[0-9A-Fa-f]{12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneName();

    [GeneratedRegex(@"^(?:def\s+\w+\s*\(|import\s+\w|from\s+[\w.]+\s+import\s|class\s+\w+\s*[:(]|#!/|#include\s|package\s+\w|using\s+[\w.]+;|function\s+\w+\s*\()", RegexOptions.CultureInvariant)]
    private static partial Regex SourceCode();

    [GeneratedRegex(@"^[A-Za-z][\w .()/\-]{0,60}\s*[:=]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
