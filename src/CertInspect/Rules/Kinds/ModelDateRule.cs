using System.Globalization;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A problem of a model family that starts on a fixed date, whatever the serial (FN-72524): in effect → the rule's
/// severity; ahead → by horizon.
/// </summary>
public sealed class ModelDateRule : IRule
{
    public const string KindName = "model-date";

    /// <summary>The kind: the day the problem starts and the families it concerns.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, facts) => (p.EffectiveDate is null ? ["needs 'effectiveDate'"] : Array.Empty<string>())
            .Concat(p.Families.Count == 0 ? ["needs 'families'"] : RuleCatalog.UnknownFamilies(p.Families, facts)),
        (definition, p, _) => new ModelDateRule(definition, p));

    private readonly HashSet<string> _families;
    private readonly DateOnly _effective;

    private ModelDateRule(RuleDefinition definition, Parameters parameters)
    {
        Definition = definition;
        _families = parameters.Families.ToHashSet(StringComparer.Ordinal);
        _effective = parameters.EffectiveDate ?? throw new RuleDataException($"rule '{definition.Id}' needs 'effectiveDate'");
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

    /// <summary>effectiveDate: the day the problem starts; families: the model families it concerns.</summary>
    public sealed record Parameters
    {
        public DateOnly? EffectiveDate { get; init; }

        public IReadOnlyList<string> Families { get; set; } = [];
    }
}
