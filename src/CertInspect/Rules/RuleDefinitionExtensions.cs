using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules;

internal static class RuleDefinitionExtensions
{
    /// <summary>A finding of this rule on the device: the message (the rule's detail rides along); evidence is every row that named it.</summary>
    public static Finding FindingFor(this RuleDefinition rule, DeviceRecord device, Severity severity, string message) =>
        rule.FindingWith(device.Occurrences, severity, message);

    /// <summary>A finding about one certificate of the device: its evidence is that certificate.</summary>
    public static Finding FindingFor(this RuleDefinition rule, DeviceCertificate certificate, Severity severity, string message) =>
        rule.FindingWith([new EvidenceLine(certificate.Located.Location, CertificateText.Evidence(certificate))], severity, message);

    /// <summary>The device's certificates this rule looks at: those whose role it lists, or all when it lists none.</summary>
    public static IEnumerable<DeviceCertificate> CertificatesOf(this RuleDefinition rule, DeviceRecord device) =>
        device.Certificates.Where(c => rule.Roles.Count == 0 || rule.Roles.Contains(c.RoleId, StringComparer.Ordinal));

    /// <summary>A finding that rests on the given lines (log lines, a capture's proof, a controller's certificate).</summary>
    public static Finding FindingWith(this RuleDefinition rule, IReadOnlyList<EvidenceLine> evidence, Severity severity, string message)
    {
        // RuleCatalog.Check rejects a rule without remediation when the data is loaded.
        Remediation remediation = rule.Remediation ?? throw new InvalidOperationException($"rule '{rule.Id}' has no remediation");
        return new Finding(rule.Id, severity, message, evidence, remediation) { Detail = rule.Detail, RemediationIsTheRules = true };
    }
}
