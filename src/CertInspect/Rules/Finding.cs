using CertInspect.Evidence;
namespace CertInspect.Rules;

/// <summary>
/// One thing that is wrong or will go wrong with a device, with the evidence and the fix. Message is this finding's
/// own sentence (its dates, days, week, CA); Detail is the rule's sentence of world knowledge, the same on every
/// finding of the rule, which compact reports write once (a rules section, a legend) and prose reports append (Text).
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    IReadOnlyList<EvidenceLine> Evidence,
    Remediation Remediation)
{
    /// <summary>The rule's detail; null when the rule has none.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the remediation is the rule's own, for both platforms (not narrowed to a controller in use).</summary>
    public bool RemediationIsTheRules { get; init; }

    /// <summary>The message followed by the rule's detail: the finding in full prose.</summary>
    public string Text => Detail is null ? Message : $"{Message} {Detail}";
}
