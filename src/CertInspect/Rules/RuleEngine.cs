using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>Runs every enabled rule on a device and orders the findings: worst first, then by rule id.</summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyList<IRule> _rules;
    private readonly RuleSet _set;

    public RuleEngine(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _set = rules;
        _rules = rules.CreateRules();
    }

    public IReadOnlyList<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();

        // Most devices of a bulk inventory have no capture and the command line names no controller: no look-up.
        ControllerInUse? controller = device.Capture is null && context.ControllerPlatform is null && context.ControllerRelease is null
            ? null
            : ControllerInUse.For(device, context, _set.Facts);
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

            foreach (Finding finding in rule.Evaluate(device, context))
            {
                findings.Add(controller is null ? finding : finding with { Remediation = controller.Narrow(rule.Definition), RemediationIsTheRules = false });
            }
        }

        findings.Sort(static (a, b) =>
        {
            int bySeverity = b.Severity.CompareTo(a.Severity);
            return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return findings;
    }
}
