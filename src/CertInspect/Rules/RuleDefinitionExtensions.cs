using CertInspect.Fleet;

namespace CertInspect.Rules;

internal static class RuleDefinitionExtensions
{
    /// <summary>A finding of this rule on the device: the message, then the rule's detail; evidence is every row that named it.</summary>
    public static Finding FindingFor(this RuleDefinition rule, DeviceRecord device, Severity severity, string message)
    {
        string text = rule.Detail is null ? message : $"{message} {rule.Detail}";
        // RuleCatalog.Check rejects a rule without remediation when the data is loaded.
        Remediation remediation = rule.Remediation ?? throw new InvalidOperationException($"rule '{rule.Id}' has no remediation");
        return new Finding(rule.Id, severity, text, device.Occurrences, remediation);
    }
}
