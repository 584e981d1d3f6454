using System.Globalization;
using CertInspect.Facts;
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

    /// <summary>The kind: the window of weeks, and how sure the rule is for each kind of model.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, facts) => (p.Window is null ? ["needs 'window'"] : p.Window.FromWeek > p.Window.ToWeek ? ["has a 'window' whose fromWeek is after its toWeek"] : Array.Empty<string>())
            .Concat(RuleCatalog.UnknownFamilies(p.Families.Concat(p.ExcludedFamilies), facts)),
        (definition, p, _) => new ManufactureWindowRule(definition, p));

    private readonly ManufactureWindow _window;
    private readonly HashSet<string> _families;
    private readonly HashSet<string> _excluded;
    private readonly Parameters _parameters;

    private ManufactureWindowRule(RuleDefinition definition, Parameters parameters)
    {
        Definition = definition;
        _parameters = parameters;
        _window = parameters.Window ?? throw new RuleDataException($"rule '{definition.Id}' needs 'window'");
        _families = parameters.Families.ToHashSet(StringComparer.Ordinal);
        _excluded = parameters.ExcludedFamilies.ToHashSet(StringComparer.Ordinal);
    }

    public RuleDefinition Definition { get; }

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Serial?.Manufactured is not { } week || !_window.Contains(week.YearCode, week.Week))
        {
            yield break;
        }

        if (_parameters.SettledByProof && device.Capture?.Sha2Proof?.Outcome is Fleet.Sha2ProofOutcome.Affected or Fleet.Sha2ProofOutcome.NotAffected)
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
                : (_parameters.OtherModelSeverity, $"lower confidence: the {family.Name} is not a listed family");
        }

        return device.Model is null
            ? (_parameters.UnknownModelSeverity, "lower confidence: the input gives no model")
            : (_parameters.OtherModelSeverity, $"lower confidence: model '{device.Model}' is not recognised");
    }

    /// <summary>
    /// window: the weeks the rule covers; families: the families it is sure about; excludedFamilies: never affected;
    /// otherModelSeverity: for another AP family or an unrecognised model (absent: no finding); unknownModelSeverity:
    /// when the input names no model (absent: no finding); settledByProof: a capture's proof makes the window moot.
    /// </summary>
    public sealed record Parameters
    {
        public ManufactureWindow? Window { get; init; }

        public IReadOnlyList<string> Families { get; set; } = [];

        public IReadOnlyList<string> ExcludedFamilies { get; set; } = [];

        public Severity? OtherModelSeverity { get; init; }

        public Severity? UnknownModelSeverity { get; init; }

        public bool SettledByProof { get; init; }
    }
}
