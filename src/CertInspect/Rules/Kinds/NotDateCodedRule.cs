using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A serial without a date code is accepted, but nothing can be predicted from it: say so, once.</summary>
public sealed class NotDateCodedRule(RuleDefinition definition) : IRule
{
    public const string KindName = "serial-not-date-coded";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new NotDateCodedRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Serial is { NotDateCodedReason: { } reason } serial)
        {
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                $"Serial {serial.Text} carries no manufacturing date: {reason}.");
        }
    }
}
