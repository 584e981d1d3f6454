using System.Text.Json;
using CertInspect.Facts;

namespace CertInspect.Rules;

/// <summary>
/// Reads the data files (see <see cref="FactsLoader"/>) into a validated <see cref="RuleSet"/>: the facts, then each
/// file's rule entries, merged by id and checked by their kinds.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>The built-in facts and rules, alone.</summary>
    public static RuleSet LoadBuiltIn() => Load(overridePath: null);

    /// <summary>The built-in facts and rules, with the override file's entries merged in when a path is given.</summary>
    /// <exception cref="RuleDataException">A file is unreadable, malformed, or its entries contradict each other.</exception>
    public static RuleSet Load(string? overridePath)
    {
        IReadOnlyList<FactsFile> files = FactsLoader.Read(overridePath);
        CiscoFacts facts = FactsLoader.Merge(files);
        IReadOnlyList<RuleDefinition> rules = files
            .Select(f => ReadRules(f))
            .Aggregate((IReadOnlyList<RuleDefinition>)[], (merged, next) => FactsLoader.MergeById(merged, next, r => r.Id));
        var set = new RuleSet { Facts = facts, Rules = rules };
        var errors = new List<string>();
        foreach (RuleDefinition rule in set.Rules)
        {
            FactsLoader.CheckSources(facts, $"rule '{rule.Id}'", rule.Sources, errors);
            errors.AddRange(RuleCatalog.Check(rule, facts).Select(problem => $"rule '{rule.Id}' {problem}"));
            foreach (ReleaseNote note in rule.ReleaseNotes)
            {
                FactsLoader.CheckSources(facts, $"rule '{rule.Id}' release note", note.Sources, errors);
                FactsLoader.CheckPattern($"rule '{rule.Id}' release note", note.Pattern, errors);
                if (!facts.ControllerPlatforms.Any(p => string.Equals(p.Id, note.Platform, StringComparison.Ordinal)))
                {
                    errors.Add($"rule '{rule.Id}' has a release note for platform '{note.Platform}', which 'controllerPlatforms' does not define");
                }

                if ((note.FromRelease is null) == (note.Pattern is null))
                {
                    errors.Add($"rule '{rule.Id}' has a release note that needs either 'fromRelease' or 'pattern'");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new RuleDataException($"{files[^1].Name}: {string.Join("; ", errors)}.");
        }

        return set;
    }

    private static List<RuleDefinition> ReadRules(FactsFile file)
    {
        var rules = new List<RuleDefinition>();
        for (int i = 0; i < file.RuleEntries.Count; i++)
        {
            JsonElement entry = file.RuleEntries[i];
            string id = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out JsonElement idValue) && idValue.ValueKind == JsonValueKind.String
                ? idValue.GetString()!
                : $"#{i + 1}";
            try
            {
                rules.Add(entry.Deserialize(RulesJsonContext.InfoOf<RuleDefinition>())
                    ?? throw new RuleDataException($"{file.Name}: rule {id} is null."));
            }
            catch (JsonException e)
            {
                string field = e.Path is { Length: > 2 } path ? $" (field '{path[2..]}')" : string.Empty;
                throw new RuleDataException($"{file.Name}: not a valid rules file: rule '{id}'{field}: {e.Message}", e);
            }
        }

        return rules;
    }
}
