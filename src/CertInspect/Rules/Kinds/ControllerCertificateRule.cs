using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A controller's own certificate has expired (controller-certificate-expired) or ends within a horizon
/// (controller-certificate-expiring). On the controller's record, and on the record of every AP a capture ties to
/// that controller: no AP can join a controller whose device certificate has ended (FN-63942).
/// </summary>
public sealed class ControllerCertificateRule(RuleDefinition definition) : IRule
{
    public const string ExpiredKindName = "controller-certificate-expired";
    public const string ExpiringKindName = "controller-certificate-expiring";

    /// <summary>The controller's certificate has ended: no parameters of its own.</summary>
    public static RuleKind ExpiredKind { get; } = RuleKind.WithoutParameters(ExpiredKindName, (definition, _) => new ControllerCertificateRule(definition));

    /// <summary>The controller's certificate ends within a horizon: no parameters of its own.</summary>
    public static RuleKind ExpiringKind { get; } = RuleKind.WithoutParameters(ExpiringKindName, (definition, _) => new ControllerCertificateRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        if (device.IsController)
        {
            foreach (DeviceCertificate certificate in Definition.CertificatesOf(device))
            {
                if (Judge(certificate, device.Certificates, context) is { } judged)
                {
                    yield return Definition.FindingFor(certificate, judged.Severity, $"The controller's {judged.Text}: APs cannot join it once it has ended.");
                }
            }

            yield break;
        }

        foreach (ControllerLink link in device.Capture?.Controllers ?? [])
        {
            foreach (DeviceCertificate certificate in link.Certificates.Where(c => Definition.Roles.Count == 0 || Definition.Roles.Contains(c.RoleId, StringComparer.Ordinal)))
            {
                if (Judge(certificate, link.Certificates, context) is { } judged)
                {
                    yield return Definition.FindingWith(
                        [link.Evidence, new EvidenceLine(certificate.Located.Location, CertificateText.Evidence(certificate))],
                        judged.Severity,
                        $"This AP is on controller {link.Name}, whose {judged.Text}: the AP cannot join it once it has ended.");
                }
            }
        }
    }

    private (Severity Severity, string Text)? Judge(DeviceCertificate certificate, IReadOnlyList<DeviceCertificate> siblings, EvaluationContext context)
    {
        int daysLeft = certificate.Facts.DaysLeft(context.AsOf);
        string name = CertificateText.Name(certificate, siblings);
        string end = CertificateText.Time(certificate.Facts.NotAfter);
        if (string.Equals(Definition.Kind, ExpiredKindName, StringComparison.Ordinal))
        {
            return daysLeft < 0
                ? (Definition.Severity, string.Create(CultureInfo.InvariantCulture, $"{name} expired on {end}, {-daysLeft} days before {CertificateText.Date(context.AsOf)}"))
                : null;
        }

        return daysLeft >= 0 && context.SeverityWithin(daysLeft) is { } severity
            ? (severity, string.Create(CultureInfo.InvariantCulture, $"{name} ends on {end}, in {daysLeft} days"))
            : null;
    }
}
