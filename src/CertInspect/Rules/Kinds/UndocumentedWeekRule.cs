using System.Globalization;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>Week 53 turns up in real serials but Cisco documents weeks 01-52 only: accept it, and warn.</summary>
public sealed class UndocumentedWeekRule(RuleDefinition definition, SerialFormatFacts format) : IRule
{
    public const string KindName = "serial-undocumented-week";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, facts) => new UndocumentedWeekRule(definition, facts.SerialFormat));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Serial?.Manufactured is { } week && week.Week > format.LastDocumentedWeek)
        {
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"Serial {device.Serial!.Text} has week {week.Week:D2}; Cisco documents weeks 01-{format.LastDocumentedWeek:D2}, so dates derived from it may be off."));
        }
    }
}
