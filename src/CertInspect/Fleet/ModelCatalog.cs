using System.Text.RegularExpressions;
using CertInspect.Rules;

namespace CertInspect.Fleet;

/// <summary>Recognises the model family of a PID or model text, from the families in the rules data.</summary>
public sealed class ModelCatalog
{
    private readonly IReadOnlyList<(ModelFamily Family, Regex Pattern)> _families;

    public ModelCatalog(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _families = rules.ModelFamilies
            .Select(f => (f, new Regex(f.PidPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)))
            .ToList();
    }

    /// <summary>The first family, in data-file order, whose pattern matches; null when none does.</summary>
    public ModelFamily? Identify(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        string trimmed = model.Trim();
        foreach ((ModelFamily family, Regex pattern) in _families)
        {
            if (pattern.IsMatch(trimmed))
            {
                return family;
            }
        }

        return null;
    }
}
