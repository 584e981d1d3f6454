using CertInspect.Facts;

namespace CertInspect.Rules;

/// <summary>
/// The facts and rule definitions in force for one run. Validated on creation (see <see cref="RuleSetLoader"/>).
/// </summary>
public sealed record RuleSet
{
    public required CiscoFacts Facts { get; init; }

    /// <summary>Every rule definition, disabled ones included, in data-file order.</summary>
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }

    /// <summary>Each data file that contributed, as "name version", built-in first.</summary>
    public IReadOnlyList<string> Versions => Facts.Versions;

    /// <summary>The enabled rules, made by their kinds.</summary>
    public IReadOnlyList<IRule> CreateRules() =>
        Rules.Where(r => r.Enabled).Select(r => RuleCatalog.Find(r.Kind)!.Create(r, Facts)).ToList();
}
