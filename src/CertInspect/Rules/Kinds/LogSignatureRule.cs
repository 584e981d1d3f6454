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

    /// <summary>The kind: the patterns of the signature's lines.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => p.Patterns.Count > 0 ? RuleCatalog.InvalidPatterns(p.Patterns.Concat(p.Requires)) : ["needs 'patterns'"],
        (definition, p, _) => new LogSignatureRule(definition, p));

    /// <summary>At most this many matching lines are quoted; the message gives the count.</summary>
    private const int QuotedLines = 5;

    public RuleDefinition Definition { get; } = definition;

    /// <summary>Every pattern the rule matches log lines with: what a capture reader must keep of a log.</summary>
    public IEnumerable<string> LinePatterns => parameters.Patterns.Concat(parameters.Requires);

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture is not { LogLines.Count: > 0 } capture)
        {
            yield break;
        }

        var matches = capture.LogLines.Where(l => parameters.Patterns.Any(p => PatternCache.Get(p).IsMatch(l.Text))).ToList();
        if (matches.Count == 0)
        {
            yield break;
        }

        var required = new List<EvidenceLine>();
        foreach (string pattern in parameters.Requires)
        {
            EvidenceLine? line = capture.LogLines.FirstOrDefault(l => PatternCache.Get(pattern).IsMatch(l.Text));
            if (line is null)
            {
                yield break;
            }

            required.Add(line);
        }

        List<EvidenceLine> quoted = [.. required, .. matches.Take(QuotedLines)];
        string times = matches.Count == 1 ? "once" : $"{matches.Count} times";
        yield return Definition.FindingWith(
            quoted.Distinct().OrderBy(e => e.Location.Line).ToList(),
            Definition.Severity,
            $"The log shows '{Definition.Title}' {times}: \"{Shorten(matches[0].Text)}\".");
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "...");

    /// <summary>
    /// patterns: regular expressions, a line matching any of them is the signature; requires: regular expressions
    /// that must each match another line of the same device's log too.
    /// </summary>
    public sealed record Parameters
    {
        public IReadOnlyList<string> Patterns { get; init; } = [];

        public IReadOnlyList<string> Requires { get; init; } = [];
    }
}
