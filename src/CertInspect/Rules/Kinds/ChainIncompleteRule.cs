using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A device certificate whose issuer is not among the run's certificates or --trust: not an error of the
/// certificate, but its chain and signature could not be checked. Certificates described in text are left out:
/// they have no signature to check whatever the run holds, and their reports say so.</summary>
public sealed class ChainIncompleteRule(RuleDefinition definition) : IRule
{
    public const string KindName = "chain-incomplete";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new ChainIncompleteRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        foreach (var certificate in Definition.CertificatesOf(device).Where(c => c.Chain.End == ChainEnd.IssuerMissing && !c.Facts.IsTextual))
        {
            var missing = certificate.Chain.Links[^1].Certificate.Certificate.Issuer;
            yield return Definition.FindingFor(
                certificate,
                Definition.Severity,
                $"The issuer of the {CertificateText.Name(certificate, device.Certificates)}, {missing.Rfc4514}, is not among the certificates given, so its chain and signature were not checked.");
        }
    }
}
