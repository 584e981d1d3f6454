namespace CertInspect.Rules;

/// <summary>What the rules say about one device: its findings, worst first; whether anything could be checked on it;
/// and, when its risk is ok or unjudged, why, in one line.</summary>
public sealed record DeviceEvaluation(IReadOnlyList<Finding> Findings, bool Judged, string? Reason)
{
    public Risk Risk => RiskNames.Of(Findings, Judged);

    /// <summary>Whether both say the same: the same findings in the same order, their evidence line by line, and the
    /// same judgement and reason.</summary>
    public bool SameAs(DeviceEvaluation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Findings.Count == other.Findings.Count
            && Findings.Zip(other.Findings).All(pair => pair.First == pair.Second with { Evidence = pair.First.Evidence }
                && pair.First.Evidence.SequenceEqual(pair.Second.Evidence))
            && Judged == other.Judged
            && string.Equals(Reason, other.Reason, StringComparison.Ordinal);
    }
}
