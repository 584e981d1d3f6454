using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A device certificate whose chain passes through a CA that bears the whole name of a Cisco CA but not its key: the
/// certificate claims a Cisco CA it does not chain to (<see cref="CertificateClassifier.Impersonates"/>). Whatever the
/// device (an AP, a switch, a router, a phone), that is what an acceptance check of delivered hardware is for.
/// </summary>
public sealed class ChainImpostorCaRule(RuleDefinition definition, CertificateClassifier classifier) : IRule
{
    public const string KindName = "chain-impostor-ca";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, facts) => new ChainImpostorCaRule(definition, new CertificateClassifier(facts.CiscoCas)));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        foreach (DeviceCertificate certificate in Definition.CertificatesOf(device))
        {
            List<CertificateFacts> impostors = [.. certificate.Chain.Links.Skip(1).Select(l => l.Certificate.Certificate).Where(classifier.Impersonates)];
            if (impostors.Count > 0)
            {
                yield return Definition.FindingFor(
                    certificate,
                    Definition.Severity,
                    $"The chain of the {CertificateText.Name(certificate, device.Certificates)} passes through {string.Join(" and ", impostors.Select(ca => $"'{ca.Subject.Rfc4514}'"))}, {(impostors.Count == 1 ? "which bears the name of a Cisco CA but not its key" : "which bear the names of Cisco CAs but not their keys")}: the certificate does not chain to the Cisco CA it names.");
            }
        }
    }
}
