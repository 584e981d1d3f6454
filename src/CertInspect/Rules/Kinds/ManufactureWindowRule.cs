using System.Globalization;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// Devices built inside a window of weeks are candidates for a manufacturing defect. How sure the rule is depends on
/// the model: a listed family gets the rule's severity; another AP family or an unrecognised model gets
/// otherModelSeverity; no model at all gets unknownModelSeverity; excluded families and controllers get nothing.
/// </summary>
public sealed class ManufactureWindowRule : IRule
{
    public const string KindName = "manufacture-window";

    private readonly ManufactureWindow _window;
    private readonly HashSet<string> _families;
    private readonly HashSet<string> _excluded;

    public ManufactureWindowRule(RuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _window = definition.Window ?? throw new RuleDataException($"rule '{definition.Id}' needs 'window'");
        _families = definition.Families.ToHashSet(StringComparer.Ordinal);
        _excluded = definition.ExcludedFamilies.ToHashSet(StringComparer.Ordinal);
    }

    public RuleDefinition Definition { get; }

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Serial?.Manufactured is not { } week || !_window.Contains(week.YearCode, week.Week))
        {
            yield break;
        }

        if (Definition.SettledByProof && device.Capture?.Sha2Proof?.Outcome is Fleet.Sha2ProofOutcome.Affected or Fleet.Sha2ProofOutcome.NotAffected)
        {
            // The capture proves it one way or the other (sha2-proof rules report which): the window is moot.
            yield break;
        }

        (Severity? severity, string confidence) = Grade(device);
        if (severity is null)
        {
            yield break;
        }

        string month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(week.Month);
        yield return Definition.FindingFor(
            device,
            severity.Value,
            string.Create(CultureInfo.InvariantCulture, $"Serial {device.Serial!.Text} was built in {week} ({month} {week.Year}), inside weeks {_window.FromWeek:D2}-{_window.ToWeek:D2} of {week.Year}; {confidence}."));
    }

    private (Severity? Severity, string Confidence) Grade(DeviceRecord device)
    {
        if (device.IsController)
        {
            return (null, string.Empty);
        }

        if (device.Family is { } family)
        {
            if (_excluded.Contains(family.Id) || string.Equals(family.DeviceType, DeviceTypes.Controller, StringComparison.Ordinal))
            {
                return (null, string.Empty);
            }

            return _families.Contains(family.Id)
                ? (Definition.Severity, $"higher confidence: the {family.Name} is a listed family")
                : (Definition.OtherModelSeverity, $"lower confidence: the {family.Name} is not a listed family");
        }

        return device.Model is null
            ? (Definition.UnknownModelSeverity, "lower confidence: the input gives no model")
            : (Definition.OtherModelSeverity, $"lower confidence: model '{device.Model}' is not recognised");
    }
}
