using System.Text.RegularExpressions;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A join-failure signature in a device's captured log (rules data source join-failure-logs): a line matching one of the patterns, and for
/// each of the required patterns another line of the same device's log. The finding names the likely cause (the
/// rule's detail) and quotes the lines.
/// </summary>
public sealed partial class LogSignatureRule(RuleDefinition definition, LogSignatureRule.Parameters parameters, CiscoFacts facts) : IRule
{
    private readonly TextTime _times = new(facts.Captures.TimeZones);

    public const string KindName = "log-signature";

    /// <summary>loggedBy: the device's own log.</summary>
    public const string Self = "self";

    /// <summary>loggedBy: its controller's log, in lines that name the AP.</summary>
    public const string Controller = "controller";

    /// <summary>loggedBy: both.</summary>
    public const string Any = "any";

    /// <summary>The kind: the patterns of the signature's lines.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => (p.Patterns.Count > 0 ? Enumerable.Empty<string>() : ["needs 'patterns'"])
            .Concat(p.LoggedBy is Self or Controller or Any ? [] : [$"has loggedBy '{p.LoggedBy}' (expected {Self}, {Controller} or {Any})"]),
        (definition, p, facts) => new LogSignatureRule(definition, p, facts),
        p => p.Patterns.Count > 0 ? p.Patterns.Concat(p.Requires).Concat(p.Quotes).Concat(p.UnlessNear).Concat(p.Unless) : []);

    /// <summary>At most this many matching lines are quoted; the message gives the count.</summary>
    private const int QuotedLines = 5;

    public RuleDefinition Definition { get; } = definition;

    /// <summary>How far from a matching line (in the device's kept log lines) its context is looked for: the lines a
    /// quote's facts stand on, and those that make a match another signature's.</summary>
    private const int ContextLines = 3;

    /// <summary>Every pattern the rule matches log lines with: what a capture reader must keep of a log. Not the
    /// <see cref="Parameters.Unless"/> patterns: they only turn a kept line away, and keeping every line they match
    /// would take output for log.</summary>
    public IEnumerable<string> LinePatterns => parameters.Patterns.Concat(parameters.Requires).Concat(parameters.Quotes).Concat(parameters.UnlessNear);

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture is not { } capture)
        {
            yield break;
        }

        // Who logged a line decides what it means: %PKI-3-CERTIFICATE_INVALID_EXPIRED in an AP's log is the
        // controller's certificate; in a controller's log, naming the AP, it is the AP's.
        IReadOnlyList<EvidenceLine> own = parameters.AlsoOnLogger && capture.LogLinesAboutAps.Count > 0
            ? [.. capture.LogLines.Concat(capture.LogLinesAboutAps).OrderBy(l => l.Location.Source, StringComparer.Ordinal).ThenBy(l => l.Location.Line)]
            : capture.LogLines;
        IReadOnlyList<EvidenceLine> log = parameters.LoggedBy switch
        {
            Self => own,
            Controller => capture.ReportedLogLines,
            _ => [.. own, .. capture.ReportedLogLines],
        };
        var matching = log
            .Select((line, index) => (Line: line, Index: index))
            .Where(m => parameters.Patterns.Any(p => PatternCache.Get(p).IsMatch(m.Line.Text))
                && !parameters.Unless.Any(p => PatternCache.Get(p).IsMatch(m.Line.Text))
                && !NearAnotherSignature(log, m.Index))
            .ToList();
        var matches = matching.Select(m => m.Line).ToList();
        if (matches.Count == 0)
        {
            yield break;
        }

        var required = new List<EvidenceLine>();
        foreach (string pattern in parameters.Requires)
        {
            EvidenceLine? line = log.FirstOrDefault(l => PatternCache.Get(pattern).IsMatch(l.Text));
            if (line is null)
            {
                yield break;
            }

            required.Add(line);
        }

        List<EvidenceLine> quoted = [.. required, .. matches.Take(QuotedLines)];
        if (ReferenceEquals(log, capture.ReportedLogLines) || parameters.LoggedBy == Any)
        {
            // A controller's line that does not name the AP was tied to it by the line after it that does: quote both.
            quoted.AddRange(matches.Take(QuotedLines)
                .Where(m => LogAttribution.NamedAp(m.Text) is null)
                .Select(m => capture.ReportedLogLines.SkipWhile(l => !ReferenceEquals(l, m)).Skip(1).FirstOrDefault(l => LogAttribution.NamedAp(l.Text) is not null))
                .OfType<EvidenceLine>());
        }

        string times = matches.Count == 1 ? "once" : $"{matches.Count} times";
        string whose = ReferenceEquals(log, capture.ReportedLogLines) || own.Count == 0 || !own.Contains(matches[0])
            ? $"The log of {ControllerName(capture)} names this AP and shows"
            : "The log shows";
        // What this log itself says: the certificate's serial and end, the peer, the controller it names.
        string said = Said(log, matching[0].Index, context, quoted);
        yield return Definition.FindingWith(
            quoted.Distinct().OrderBy(e => e.Location.Line).ToList(),
            Definition.Severity,
            $"{whose} '{Definition.Title}' {times}{said}: \"{Quote(matches[0].Text)}\".");
    }

    // A match that a nearby line, or its own, shows to be another signature's (the image-signing check's %PKI-3 line is FN-72524's,
    // not the controller's certificate): not this rule's.
    private bool NearAnotherSignature(IReadOnlyList<EvidenceLine> log, int index) =>
        parameters.UnlessNear.Count > 0
        && Enumerable.Range(Math.Max(0, index - ContextLines), Math.Min(log.Count, index + ContextLines + 1) - Math.Max(0, index - ContextLines))
            .Any(i => parameters.UnlessNear.Any(p => PatternCache.Get(p).IsMatch(log[i].Text)));

    // The facts the quote patterns find in the matching line, else in the lines just before it: ", the certificate
    // with serial S ended on D (N days before the audit date), peer P". Empty when the log says none of them.
    private string Said(IReadOnlyList<EvidenceLine> log, int index, EvaluationContext context, List<EvidenceLine> quoted)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = index; i >= 0 && i >= index - ContextLines; i--)
        {
            foreach (string pattern in parameters.Quotes)
            {
                Match match = PatternCache.Get(pattern).Match(log[i].Text);
                if (!match.Success)
                {
                    continue;
                }

                foreach (Group group in match.Groups.Cast<Group>().Where(g => g.Success && !char.IsAsciiDigit(g.Name[0])))
                {
                    if (found.TryAdd(group.Name, group.Value.Trim()) && i != index)
                    {
                        quoted.Add(log[i]);
                    }
                }
            }
        }

        var parts = new List<string>();
        if (found.TryGetValue(QuoteSerial, out string? serial) || found.ContainsKey(QuoteEnded))
        {
            string certificate = serial is null ? "the certificate" : $"the certificate with serial {serial}";
            parts.Add(found.TryGetValue(QuoteEnded, out string? ended) ? $"{certificate} ended on {Ended(ended, context)}" : $"{certificate} has expired");
        }

        if (found.TryGetValue(QuotePeer, out string? peer))
        {
            parts.Add($"peer {peer}");
        }

        if (found.TryGetValue(QuoteController, out string? controller))
        {
            parts.Add($"controller {controller}");
        }

        if (found.TryGetValue(QuoteReason, out string? reason))
        {
            parts.Add($"the reason it states '{reason}'");
        }

        return parts.Count == 0 ? string.Empty : ": " + string.Join(", ", parts);
    }

    // "03:08:22 UTC May 10 2023" read as devices print it (a 32-bit wrap read back), with the days to the audit date.
    private string Ended(string text, EvaluationContext context)
    {
        if (_times.Parse(text) is not { } time)
        {
            return $"'{text}'";
        }

        int days = context.AsOf.DayNumber - DateOnly.FromDateTime(time.Value.UtcDateTime).DayNumber;
        string when = days >= 0 ? $"{days} days before {CertificateText.Date(context.AsOf)}" : $"{-days} days after {CertificateText.Date(context.AsOf)}";
        return $"{CertificateText.Time(time.Value)} ({when}{(time.Recovery is not null ? "; " + time.Recovery : string.Empty)})";
    }

    /// <summary>The names of the groups quote patterns capture.</summary>
    public const string QuoteSerial = "serial";

    /// <inheritdoc cref="QuoteSerial"/>
    public const string QuoteEnded = "ended";

    /// <inheritdoc cref="QuoteSerial"/>
    public const string QuotePeer = "peer";

    /// <inheritdoc cref="QuoteSerial"/>
    public const string QuoteController = "controller";

    /// <summary>The cause a line states ("Reason: sslv3 alert bad certificate", "… (5246) AP Message Timeout"): the
    /// finding names it, and the quote keeps it however long the line.</summary>
    public const string QuoteReason = "reason";

    private static string ControllerName(CaptureEvidence capture) => capture.Controllers.Count > 0 ? $"controller {capture.Controllers[0].Name}" : "its controller";

    // At most 160 characters of the line, around what matched: a message run together with others quotes its own
    // part. The cause a line states at its end is what the line says happened: the quote keeps it whole and shortens
    // what comes before it instead (once, a DTLS failure was quoted up to "Reason: sslv3 alert b...").
    private string Quote(string text)
    {
        const int Longest = 160;
        if (text.Length <= Longest)
        {
            return text;
        }

        int at = parameters.Patterns.Select(p => PatternCache.Get(p).Match(text)).Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(0).Min();
        Group? reason = parameters.Quotes.Select(p => PatternCache.Get(p).Match(text))
            .Select(m => m.Groups[QuoteReason])
            .FirstOrDefault(g => g.Success && g.Length > 0);
        if (reason is not null && reason.Index > at - 40)
        {
            // The part of the line from the mnemonic of its message ("%DTLS-3-HANDSHAKE_FAILURE: …", else from 40
            // characters before the match) to the end: what failed, with whom, and why; when it is too long, the
            // middle gives way, never the reason.
            int from = Mnemonic().Matches(text).LastOrDefault(m => m.Index <= at) is { } mnemonic ? mnemonic.Index : Window(text, at, Longest).Start;
            string lead = from == 0 ? string.Empty : "...";
            if (text.Length - from <= Longest - 3)
            {
                return lead + text[from..];
            }

            const int LongestTail = 80;
            int tailStart = Math.Max(from, reason.Index - 8);
            string tail = text.Length - tailStart <= LongestTail ? text[tailStart..] : string.Concat(text.AsSpan(tailStart, LongestTail - 3), "...");
            int headEnd = from + Longest - tail.Length - 8;
            return headEnd >= tailStart
                ? lead + text[from..tailStart] + tail
                : lead + text[from..headEnd] + " ... " + tail;
        }

        (int start, int end) = Window(text, at, Longest);
        return Shown(text, start, end);
    }

    // The part of the line shown: from 40 characters before the match (or the line's start), about `longest` long
    // with the marks of what is left out.
    private static (int Start, int End) Window(string text, int at, int longest)
    {
        int start = at + 40 <= longest ? 0 : Math.Max(0, at - 40);
        return (start, text.Length - start <= longest - 3 ? text.Length : start + longest - 6);
    }

    // A syslog mnemonic, "%CAPWAP-3-DTLS_CLOSED_ERR:".
    [GeneratedRegex(@"%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:", RegexOptions.CultureInvariant)]
    private static partial Regex Mnemonic();

    private static string Shown(string text, int start, int end) =>
        (start == 0 ? string.Empty : "...") + text[start..end] + (end < text.Length ? "..." : string.Empty);

    /// <summary>
    /// patterns: regular expressions, a line matching any of them is the signature; requires: regular expressions
    /// that must each match another line of the same device's log too.
    /// </summary>
    public sealed record Parameters
    {
        public IReadOnlyList<string> Patterns { get; set; } = [];

        public IReadOnlyList<string> Requires { get; set; } = [];

        /// <summary>Whose log: self (the device's own, the default), controller (its controller's lines naming it) or any.</summary>
        public string LoggedBy { get; set; } = Self;

        /// <summary>Regular expressions whose named groups (serial, ended, peer, controller) the finding quotes, looked
        /// for in the matching line and the few lines before it.</summary>
        public IReadOnlyList<string> Quotes { get; set; } = [];

        /// <summary>Regular expressions of lines that, a few lines from a match, make it another signature's.</summary>
        public IReadOnlyList<string> UnlessNear { get; set; } = [];

        /// <summary>Regular expressions that, on the matching line itself, make it another signature's (a DTLS failure
        /// that states its reason is not the one whose cause is elsewhere). Patterns are matched without look-arounds
        /// (NonBacktracking), so an exception is a pattern of its own.</summary>
        public IReadOnlyList<string> Unless { get; set; } = [];

        /// <summary>Whether the controller that logged a line about one of its APs gets the finding too (a certificate
        /// its APs refuse is the controller's problem as much as theirs); the line is the AP's all the same.</summary>
        public bool AlsoOnLogger { get; set; }
    }
}
