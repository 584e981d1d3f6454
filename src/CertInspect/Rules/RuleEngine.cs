using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>Runs every enabled rule on a device and orders the findings: worst first, then by rule id.</summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyList<IRule> _rules;

    public RuleEngine(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.CreateRules();
    }

    public IReadOnlyList<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (IRule rule in _rules)
        {
            if (rule.NeedsCertificates && device.Certificates.Count == 0)
            {
                continue;
            }

            if (rule.Definition.DeviceTypes.Count > 0 && !rule.Definition.DeviceTypes.Contains(device.DeviceType ?? DeviceTypes.Unknown, StringComparer.Ordinal))
            {
                continue;
            }

            findings.AddRange(rule.Evaluate(device, context));
        }

        findings.Sort(static (a, b) =>
        {
            int bySeverity = b.Severity.CompareTo(a.Severity);
            return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return findings;
    }
}
