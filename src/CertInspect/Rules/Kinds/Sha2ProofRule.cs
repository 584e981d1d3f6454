using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The on-AP CSCur43050 check a capture holds (Cisco bug CSCur43050): outcome "affected" reports an AP proven to carry the
/// defective SHA-2 MIC, "not-affected" one proven free of it. Either settles the serial-window candidate, which
/// then stays silent (manufacture-window rules with settledByProof).
/// </summary>
public sealed class Sha2ProofRule(RuleDefinition definition, Sha2ProofRule.Parameters parameters) : IRule
{
    public const string KindName = "sha2-proof";
    public const string Affected = "affected";
    public const string NotAffected = "not-affected";

    /// <summary>The kind: which verdict of the on-AP proof the rule reports.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => p.Outcome is Affected or NotAffected ? [] : [$"needs 'outcome': {Affected} or {NotAffected}"],
        (definition, p, _) => new Sha2ProofRule(definition, p));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture?.Sha2Proof is not { } proof)
        {
            yield break;
        }

        Sha2ProofOutcome wanted = parameters.Outcome == Affected ? Sha2ProofOutcome.Affected : Sha2ProofOutcome.NotAffected;
        if (proof.Outcome == wanted)
        {
            yield return Definition.FindingWith(proof.Evidence, Definition.Severity, $"Proven on the AP: {proof.Explanation}.");
        }
    }

    /// <summary>outcome: affected or not-affected.</summary>
    public sealed record Parameters(string? Outcome);
}
