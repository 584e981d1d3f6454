using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A device certificate whose notBefore is after the --as-of date.</summary>
public sealed class CertificateNotYetValidRule(RuleDefinition definition) : IRule
{
    public const string KindName = "certificate-not-yet-valid";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new CertificateNotYetValidRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var certificate in Definition.CertificatesOf(device).Where(c => DateOnly.FromDateTime(c.Facts.NotBefore.UtcDateTime) > context.AsOf))
        {
            yield return Definition.FindingFor(
                certificate,
                Definition.Severity,
                $"The {CertificateText.Name(certificate, device.Certificates)} is not valid before {CertificateText.Time(certificate.Facts.NotBefore)}.");
        }
    }
}
