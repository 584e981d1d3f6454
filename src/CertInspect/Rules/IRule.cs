using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>A rule evaluates one device and returns its findings; it never parses and never changes the device.</summary>
public interface IRule
{
    RuleDefinition Definition { get; }

    /// <summary>Whether the rule looks only at a device's certificates: the engine skips it for devices without any,
    /// which in a million-row inventory is nearly every device.</summary>
    bool NeedsCertificates => false;

    IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context);
}
