using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>A rule evaluates one device and returns its findings; it never parses and never changes the device.</summary>
public interface IRule
{
    RuleDefinition Definition { get; }

    IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context);
}
