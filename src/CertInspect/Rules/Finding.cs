using CertInspect.Evidence;
namespace CertInspect.Rules;

/// <summary>One thing that is wrong or will go wrong with a device, with the evidence and the fix.</summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    IReadOnlyList<EvidenceLine> Evidence,
    Remediation Remediation);
