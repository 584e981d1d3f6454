using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The on-AP CSCur43050 check a capture holds (DOMAIN.md §2): outcome "affected" reports an AP proven to carry the
/// defective SHA-2 MIC, "not-affected" one proven free of it. Either settles the serial-window candidate, which
/// then stays silent (manufacture-window rules with settledByProof).
/// </summary>
public sealed class Sha2ProofRule(RuleDefinition definition) : IRule
{
    public const string KindName = "sha2-proof";
    public const string Affected = "affected";
    public const string NotAffected = "not-affected";

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture?.Sha2Proof is not { } proof)
        {
            yield break;
        }

        Sha2ProofOutcome wanted = Definition.Outcome == Affected ? Sha2ProofOutcome.Affected : Sha2ProofOutcome.NotAffected;
        if (proof.Outcome == wanted)
        {
            yield return Definition.FindingWith(proof.Evidence, Definition.Severity, $"Proven on the AP: {proof.Explanation}.");
        }
    }
}
