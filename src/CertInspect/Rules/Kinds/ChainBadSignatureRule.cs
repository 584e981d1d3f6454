using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A signature along a device certificate's chain that does not verify under its issuer's key.</summary>
public sealed class ChainBadSignatureRule(RuleDefinition definition) : IRule
{
    public const string KindName = "chain-bad-signature";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new ChainBadSignatureRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        foreach (var certificate in Definition.CertificatesOf(device))
        {
            IReadOnlyList<ChainLink> links = certificate.Chain.Links;
            for (int i = 0; i < links.Count; i++)
            {
                if (links[i].SignatureByIssuer?.Result != SignatureCheckResult.Invalid)
                {
                    continue;
                }

                CertificateFacts signed = links[i].Certificate.Certificate;
                string issuer = i + 1 < links.Count ? links[i + 1].Certificate.Certificate.Subject.Rfc4514 : "itself";
                yield return Definition.FindingFor(
                    certificate,
                    Definition.Severity,
                    $"In the chain of the {CertificateText.Name(certificate, device.Certificates)}, the signature on {signed.Subject.CommonName ?? signed.Subject.Rfc4514} does not verify under {issuer}.");
            }
        }
    }
}
