using System.Globalization;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A problem of a model family that starts on a fixed date, whatever the serial (FN-72524): in effect → the rule's
/// severity; ahead → by horizon.
/// </summary>
public sealed class ModelDateRule : IRule
{
    public const string KindName = "model-date";

    private readonly HashSet<string> _families;
    private readonly DateOnly _effective;

    public ModelDateRule(RuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _families = definition.Families.ToHashSet(StringComparer.Ordinal);
        _effective = definition.EffectiveDate ?? throw new RuleDataException($"rule '{definition.Id}' needs 'effectiveDate'");
    }

    public RuleDefinition Definition { get; }

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        if (device.Family is not { } family || !_families.Contains(family.Id))
        {
            yield break;
        }

        int daysLeft = _effective.DayNumber - context.AsOf.DayNumber;
        if (daysLeft <= 0)
        {
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"The {family.Name} ({device.Model}) is affected since {_effective:yyyy-MM-dd}."));
        }
        else if (context.SeverityWithin(daysLeft) is { } severity)
        {
            yield return Definition.FindingFor(
                device,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"The {family.Name} ({device.Model}) is affected from {_effective:yyyy-MM-dd}, in {daysLeft} days."));
        }
    }
}
