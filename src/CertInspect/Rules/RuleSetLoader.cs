using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    /// <param name="checkBuiltInPatterns">Whether the built-in file's regular expressions are compiled to see that they
    /// are valid, as the override file's always are (see <see cref="FactsLoader.Merge"/>): a test does, a run does not.</param>
    /// <exception cref="RuleDataException">A file is unreadable, malformed, or its entries contradict each other.</exception>
    public static RuleSet Load(string? overridePath, bool checkBuiltInPatterns = false)
    {
        IReadOnlyList<FactsFile> files = FactsLoader.Read(overridePath);
        CiscoFacts facts = FactsLoader.Merge(files, checkBuiltInPatterns);
        List<RuleDefinition>[] read = files.Select(f => ReadRules(f)).ToArray();
        IReadOnlyList<RuleDefinition> rules = read
            .Aggregate((IReadOnlyList<RuleDefinition>)[], (merged, next) => FactsLoader.MergeById(merged, next, r => r.Id));
        var supplied = new HashSet<RuleDefinition>(read.Skip(1).SelectMany(r => r), ReferenceEqualityComparer.Instance);
        var set = new RuleSet { Facts = facts, Rules = rules };
        var errors = new List<string>();
        foreach (RuleDefinition rule in set.Rules)
        {
            bool checkPatterns = checkBuiltInPatterns || supplied.Contains(rule);
            FactsLoader.CheckSources(facts, $"rule '{rule.Id}'", rule.Sources, errors);
            errors.AddRange(RuleCatalog.Check(rule, facts, checkPatterns).Select(problem => $"rule '{rule.Id}' {problem}"));
            foreach (ReleaseNote note in rule.ReleaseNotes)
            {
                FactsLoader.CheckSources(facts, $"rule '{rule.Id}' release note", note.Sources, errors);
                if (checkPatterns)
                {
                    FactsLoader.CheckPattern($"rule '{rule.Id}' release note", note.Pattern, errors);
                }

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

    // Each entry's shape is checked first, against what every rule has and what its kind reads, so that a misspelt
    // member is named with its line rather than reported as the members it leaves missing.
    private static List<RuleDefinition> ReadRules(FactsFile file)
    {
        JsonTypeInfo<RuleDefinition> type = RulesJsonContext.InfoOf<RuleDefinition>();
        var problems = new List<string>();
        for (int i = 0; i < file.RuleEntries.Count; i++)
        {
            DataFileShape.Check(file.RuleEntries[i], type, JsonLineMap.Entry("rules", i), file.Lines, problems, KindMembers);
        }

        if (problems.Count > 0)
        {
            throw new RuleDataException($"{file.Name}: not a valid rules file: {DataFile.Joined(problems)}");
        }

        var rules = new List<RuleDefinition>();
        for (int i = 0; i < file.RuleEntries.Count; i++)
        {
            string path = JsonLineMap.Entry("rules", i);
            try
            {
                rules.Add(file.RuleEntries[i].Deserialize(type)
                    ?? throw new RuleDataException($"{file.Name}: line {file.Lines.LineOf(path)}: {path} is null."));
            }
            catch (JsonException e)
            {
                // What the shape check does not foresee; System.Text.Json's own message would name a C# type.
                string field = (e.Path ?? "$").TrimStart('$').TrimStart('.');
                throw new RuleDataException($"{file.Name}: not a valid rules file: line {file.Lines.LineOf(path)}: {path}: '{field}' holds a value that cannot be read.", e);
            }
        }

        return rules;
    }

    // A rule's extension members are its kind's parameters; an unknown kind is reported by RuleCatalog.Check.
    private static IReadOnlyList<JsonPropertyInfo>? KindMembers(JsonElement rule) =>
        rule.TryGetProperty("kind", out JsonElement kind) && kind.ValueKind == JsonValueKind.String && RuleCatalog.Find(kind.GetString()!) is { } known
            ? known.ParameterMembers
            : null;
}
