using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CertInspect.Facts;

namespace CertInspect.Rules;

/// <summary>
/// A kind of rule the code implements: its name, the parameters its definitions carry, how they are checked and how
/// a rule is made. Each kind declares itself in its own file (Rules/Kinds); <see cref="RuleCatalog"/> lists them.
/// </summary>
public sealed class RuleKind
{
    private readonly Func<RuleDefinition, CiscoFacts, List<string>, bool, IRule?> _build;

    private RuleKind(string name, IReadOnlyList<JsonPropertyInfo> parameterMembers, Func<RuleDefinition, CiscoFacts, List<string>, bool, IRule?> build)
    {
        Name = name;
        ParameterMembers = parameterMembers;
        _build = build;
    }

    public string Name { get; }

    /// <summary>The members a definition of this kind may carry besides what every rule has: a data file's shape is
    /// checked against them (<see cref="DataFileShape"/>).</summary>
    public IReadOnlyList<JsonPropertyInfo> ParameterMembers { get; }

    /// <summary>A kind whose definitions carry no parameters of their own.</summary>
    public static RuleKind WithoutParameters(string name, Func<RuleDefinition, CiscoFacts, IRule> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return new RuleKind(name, [], (definition, facts, problems, _) =>
        {
            foreach (string field in definition.Parameters.Keys)
            {
                problems.Add($"has field '{field}', which kind '{name}' does not read");
            }

            return problems.Count == 0 ? create(definition, facts) : null;
        });
    }

    /// <summary>A kind whose definitions carry <typeparamref name="TParameters"/>, checked by <paramref name="check"/>.</summary>
    /// <param name="patterns">The regular expressions a definition holds, when it holds any: <see cref="Check"/>
    /// compiles them when asked, before <paramref name="check"/>'s problems.</param>
    public static RuleKind With<TParameters>(
        string name,
        Func<TParameters, CiscoFacts, IEnumerable<string>> check,
        Func<RuleDefinition, TParameters, CiscoFacts, IRule> create,
        Func<TParameters, IEnumerable<string>>? patterns = null)
        where TParameters : class
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(create);
        return new RuleKind(name, [.. RulesJsonContext.InfoOf<TParameters>().Properties], (definition, facts, problems, checkPatterns) =>
        {
            TParameters? parameters = Read<TParameters>(definition, name, problems);
            if (parameters is not null)
            {
                if (checkPatterns && patterns is not null)
                {
                    problems.AddRange(RuleCatalog.InvalidPatterns(patterns(parameters)));
                }

                problems.AddRange(check(parameters, facts));
            }

            return parameters is not null && problems.Count == 0 ? create(definition, parameters, facts) : null;
        });
    }

    /// <summary>What is wrong with the definition for this kind, as phrases to follow the rule's name; empty when nothing is.</summary>
    /// <param name="checkPatterns">Whether the definition's regular expressions are compiled to see that they are
    /// valid: true for a definition a user's file gives; the built-in file's are checked by a test instead of at every
    /// start (RuleSetLoader), and each is built when first matched.</param>
    public IReadOnlyList<string> Check(RuleDefinition definition, CiscoFacts facts, bool checkPatterns = true)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<string>();
        _ = _build(definition, facts, problems, checkPatterns);
        return problems;
    }

    /// <summary>The rule of a definition <see cref="Check"/> found sound. Its patterns are not compiled here: that
    /// happens when they are first matched.</summary>
    /// <exception cref="RuleDataException">The definition is not sound.</exception>
    public IRule Create(RuleDefinition definition, CiscoFacts facts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<string>();
        return _build(definition, facts, problems, false)
            ?? throw new RuleDataException($"rule '{definition.Id}' {string.Join("; ", problems)}");
    }

    /// <summary>The parameters of a definition, as its kind reads them.</summary>
    /// <exception cref="RuleDataException">They do not read as <typeparamref name="TParameters"/>.</exception>
    public static TParameters ParametersOf<TParameters>(RuleDefinition definition)
        where TParameters : class
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<string>();
        return Read<TParameters>(definition, definition.Kind, problems)
            ?? throw new RuleDataException($"rule '{definition.Id}' {string.Join("; ", problems)}");
    }

    // Parameters are read with the data file's options. A file's members and values were checked against
    // ParameterMembers before (DataFileShape, which names them in the user's words); what can still fail here is a
    // definition made in code, named by its field.
    private static TParameters? Read<TParameters>(RuleDefinition definition, string name, List<string> problems)
        where TParameters : class
    {
        var json = new JsonObject();
        foreach ((string field, JsonElement value) in definition.Parameters)
        {
            json[field] = JsonNode.Parse(value.GetRawText());
        }

        try
        {
            return json.Deserialize(RulesJsonContext.InfoOf<TParameters>())
                ?? throw new JsonException("no parameters");
        }
        catch (JsonException e)
        {
            string field = e.Path is { Length: > 2 } path ? path[2..] : "?";
            problems.Add($"has a member kind '{name}' cannot read: '{field}'");
            return null;
        }
    }
}
