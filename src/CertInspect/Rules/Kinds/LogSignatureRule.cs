using CertInspect.Captures;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A join-failure signature in a device's captured log (rules data source join-failure-logs): a line matching one of the patterns, and for
/// each of the required patterns another line of the same device's log. The finding names the likely cause (the
/// rule's detail) and quotes the lines.
/// </summary>
public sealed class LogSignatureRule(RuleDefinition definition, LogSignatureRule.Parameters parameters) : IRule
{
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
        (p, _) => (p.Patterns.Count > 0 ? RuleCatalog.InvalidPatterns(p.Patterns.Concat(p.Requires)) : ["needs 'patterns'"])
            .Concat(p.LoggedBy is Self or Controller or Any ? [] : [$"has loggedBy '{p.LoggedBy}' (expected {Self}, {Controller} or {Any})"]),
        (definition, p, _) => new LogSignatureRule(definition, p));

    /// <summary>At most this many matching lines are quoted; the message gives the count.</summary>
    private const int QuotedLines = 5;

    public RuleDefinition Definition { get; } = definition;

    /// <summary>Every pattern the rule matches log lines with: what a capture reader must keep of a log.</summary>
    public IEnumerable<string> LinePatterns => parameters.Patterns.Concat(parameters.Requires);

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture is not { } capture)
        {
            yield break;
        }

        // Who logged a line decides what it means: %PKI-3-CERTIFICATE_INVALID_EXPIRED in an AP's log is the
        // controller's certificate; in a controller's log, naming the AP, it is the AP's.
        IReadOnlyList<EvidenceLine> log = parameters.LoggedBy switch
        {
            Self => capture.LogLines,
            Controller => capture.ReportedLogLines,
            _ => [.. capture.LogLines, .. capture.ReportedLogLines],
        };
        var matches = log.Where(l => parameters.Patterns.Any(p => PatternCache.Get(p).IsMatch(l.Text))).ToList();
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
        string whose = ReferenceEquals(log, capture.ReportedLogLines) || capture.LogLines.Count == 0 || !capture.LogLines.Contains(matches[0])
            ? $"The log of {ControllerName(capture)} names this AP and shows"
            : "The log shows";
        yield return Definition.FindingWith(
            quoted.Distinct().OrderBy(e => e.Location.Line).ToList(),
            Definition.Severity,
            $"{whose} '{Definition.Title}' {times}: \"{Shorten(matches[0].Text)}\".");
    }

    private static string ControllerName(CaptureEvidence capture) => capture.Controllers.Count > 0 ? $"controller {capture.Controllers[0].Name}" : "its controller";

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "...");

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
    }
}
