namespace CertInspect.Rules;

/// <summary>The lower-case names severities have in every report, option and data file (risks: <see cref="RiskNames"/>).</summary>
public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        foreach (Severity candidate in Enum.GetValues<Severity>())
        {
            if (string.Equals(candidate.ToName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }

        severity = default;
        return false;
    }

    /// <summary>Every severity, worst first, as reports list them.</summary>
    public static IReadOnlyList<Severity> WorstFirst { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];
}
