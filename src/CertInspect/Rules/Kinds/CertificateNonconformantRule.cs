using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A device certificate that breaks RFC 5280 or DER: read anyway, and each breach named.</summary>
public sealed class CertificateNonconformantRule(RuleDefinition definition) : IRule
{
    public const string KindName = "certificate-nonconformant";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new CertificateNonconformantRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        foreach (var certificate in Definition.CertificatesOf(device).Where(c => c.Facts.Violations.Count > 0))
        {
            yield return Definition.FindingFor(
                certificate,
                Definition.Severity,
                $"The {CertificateText.Name(certificate, device.Certificates)} breaks the standards: {string.Join("; ", certificate.Facts.Violations)}.");
        }
    }
}
