namespace CertInspect.Rules;

/// <summary>The lower-case names risks have in every report and option, and how findings make a risk.</summary>
public static class RiskNames
{
    public const string Ok = "ok";
    public const string Unjudged = "unjudged";

    /// <summary>Every risk, worst first, as reports list and count them.</summary>
    public static IReadOnlyList<Risk> WorstFirst { get; } =
        [Risk.Critical, Risk.High, Risk.Medium, Risk.Low, Risk.Unjudged, Risk.Info, Risk.Ok];

    public static string ToName(this Risk risk) => risk switch
    {
        Risk.Ok => Ok,
        Risk.Info => "info",
        Risk.Unjudged => Unjudged,
        Risk.Low => "low",
        Risk.Medium => "medium",
        Risk.High => "high",
        Risk.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, null),
    };

    /// <summary>The risk a finding of this severity gives a device.</summary>
    public static Risk ToRisk(this Severity severity) => severity switch
    {
        Severity.Info => Risk.Info,
        Severity.Low => Risk.Low,
        Severity.Medium => Risk.Medium,
        Severity.High => Risk.High,
        Severity.Critical => Risk.Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>A device's risk: its worst finding's; a device nothing could be checked on is unjudged unless a
    /// finding worse than a stated fact says otherwise.</summary>
    public static Risk Of(IReadOnlyList<Finding> findings, bool judged)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Risk worst = judged ? Risk.Ok : Risk.Unjudged;
        foreach (Finding finding in findings)
        {
            Risk risk = finding.Severity.ToRisk();
            worst = risk > worst ? risk : worst;
        }

        return worst;
    }

    public static bool TryParse(string? text, out Risk risk)
    {
        foreach (Risk candidate in WorstFirst)
        {
            if (string.Equals(candidate.ToName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                risk = candidate;
                return true;
            }
        }

        risk = default;
        return false;
    }
}
