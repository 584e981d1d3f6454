using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A CA certificate a capture shows the device holding (a trustpoint's, its trustpool's) that has ended, or
/// ends within the longest horizon: whatever the device validates through it fails from then on.</summary>
public sealed class TrustedCaEndsRule(RuleDefinition definition) : IRule
{
    public const string KindName = "trusted-ca-ends";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new TrustedCaEndsRule(definition));

    public RuleDefinition Definition { get; } = definition;

    // Its certificates are the device's CAs, not its own certificates.
    public bool NeedsCertificates => false;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        foreach (DeviceCertificate ca in device.TrustedCas)
        {
            int daysLeft = ca.Facts.DaysLeft(context.AsOf);
            string? when = daysLeft < 0 ? $"ended on {CertificateText.Time(ca.Facts.NotAfter)}, {-daysLeft} days before {CertificateText.Date(context.AsOf)}"
                : daysLeft <= context.Horizons[^1] ? $"ends on {CertificateText.Time(ca.Facts.NotAfter)}, {daysLeft} days after {CertificateText.Date(context.AsOf)}"
                : null;
            if (when is not null)
            {
                yield return Definition.FindingFor(ca, Definition.Severity, string.Create(CultureInfo.InvariantCulture, $"The device holds the {CertificateText.Name(ca, device.TrustedCas)}, which {when}."));
            }
        }
    }
}
