using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A device certificate of the listed roles whose notAfter is before the --as-of date.</summary>
public sealed class CertificateExpiredRule(RuleDefinition definition) : IRule
{
    public const string KindName = "certificate-expired";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new CertificateExpiredRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var certificate in Definition.CertificatesOf(device).Where(c => c.Facts.DaysLeft(context.AsOf) < 0))
        {
            yield return Definition.FindingFor(
                certificate,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"The {CertificateText.Name(certificate, device.Certificates)} expired on {CertificateText.Time(certificate.Facts.NotAfter)}, {-certificate.Facts.DaysLeft(context.AsOf)} days before {CertificateText.Date(context.AsOf)}."));
        }
    }
}
