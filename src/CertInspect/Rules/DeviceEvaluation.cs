namespace CertInspect.Rules;

/// <summary>What the rules say about one device: its findings, worst first, and, when it has none, why it is ok.</summary>
public sealed record DeviceEvaluation(IReadOnlyList<Finding> Findings, string? OkBecause)
{
    /// <summary>Whether both say the same: the same findings in the same order, their evidence line by line, and the
    /// same reason.</summary>
    public bool SameAs(DeviceEvaluation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Findings.Count == other.Findings.Count
            && Findings.Zip(other.Findings).All(pair => pair.First == pair.Second with { Evidence = pair.First.Evidence }
                && pair.First.Evidence.SequenceEqual(pair.Second.Evidence))
            && string.Equals(OkBecause, other.OkBecause, StringComparison.Ordinal);
    }
}
