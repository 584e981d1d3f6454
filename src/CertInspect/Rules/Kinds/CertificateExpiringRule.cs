using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A device certificate of the listed roles that ends within a horizon: graded by how soon.</summary>
public sealed class CertificateExpiringRule(RuleDefinition definition) : IRule
{
    public const string KindName = "certificate-expiring";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new CertificateExpiringRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var certificate in Definition.CertificatesOf(device))
        {
            int daysLeft = certificate.Facts.DaysLeft(context.AsOf);
            if (daysLeft >= 0 && context.SeverityWithin(daysLeft) is { } severity)
            {
                yield return Definition.FindingFor(
                    certificate,
                    severity,
                    string.Create(CultureInfo.InvariantCulture, $"The {CertificateText.Name(certificate, device.Certificates)} expires on {CertificateText.Time(certificate.Facts.NotAfter)}, in {daysLeft} days."));
            }
        }
    }
}
