using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A certificate described in text with a date in an unknown (or no) time zone: read as UTC, possibly
/// hours off, which matters only on the day it ends.</summary>
public sealed class AmbiguousTimeRule(RuleDefinition definition) : IRule
{
    public const string KindName = "ambiguous-time";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new AmbiguousTimeRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        foreach (var certificate in device.Certificates.Where(c => c.Facts.AmbiguousTimes.Count > 0))
        {
            yield return Definition.FindingFor(
                certificate,
                Definition.Severity,
                $"The {CertificateText.Name(certificate, device.Certificates)} gives {string.Join("; ", certificate.Facts.AmbiguousTimes)}.");
        }
    }
}
