using System.Text.Json;
using System.Text.RegularExpressions;
using CertInspect.Facts;

namespace CertInspect.Tests.Facts;

public sealed class FactsLoaderTests
{
    // The members of the data file that hold regular expressions, as the loader and the rule kinds read them.
    private static readonly string[] _patternMembers =
    [
        "pidPattern", "serialPattern", "commonNamePattern", "trustpointPattern", "releasePattern", "pattern",
        "patterns", "requires", "quotes", "unlessNear", "releasePatterns", "accessPointLogMarkers", "controllerLogMarkers", "controllerSoftwareBanners",
    ];

    // Regression (issue 20): the built-in file's patterns are no longer compiled at every start; this is where a
    // pattern that does not compile with the options it is matched with is caught.
    [Fact]
    public void Merge_BuiltInWithEveryPatternChecked_FindsNoProblem()
    {
        CiscoFacts facts = FactsLoader.Merge(FactsLoader.Read(overridePath: null), checkBuiltInPatterns: true);

        Assert.NotEmpty(facts.ModelFamilies);
    }

    // Independent of the loader's own list of checks: a pattern member the loader forgot would still be compiled
    // here, with and without IgnoreCase, under NonBacktracking as every data pattern is matched (PatternCache).
    [Fact]
    public void EmbeddedData_EveryPatternMember_CompilesUnderNonBacktracking()
    {
        using Stream stream = typeof(FactsLoader).Assembly.GetManifestResourceStream("CertInspect.Facts.Data.cisco-facts.json")!;
        using JsonDocument document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Collect(document.RootElement, found);

        Assert.Equal(_patternMembers.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        foreach ((string member, List<string> patterns) in found)
        {
            foreach (string pattern in patterns)
            {
                foreach (RegexOptions options in new[] { RegexOptions.None, RegexOptions.IgnoreCase })
                {
                    Exception? problem = Record.Exception(() => new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
                    Assert.True(problem is null, $"{member} '{pattern}' ({options}): {problem?.Message}");
                }
            }
        }
    }

    private static void Collect(JsonElement element, Dictionary<string, List<string>> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (_patternMembers.Contains(member.Name, StringComparer.Ordinal))
                {
                    List<string> patterns = found.TryGetValue(member.Name, out List<string>? known) ? known : found[member.Name] = [];
                    patterns.AddRange(member.Value.ValueKind == JsonValueKind.Array
                        ? member.Value.EnumerateArray().Select(p => p.GetString()!)
                        : [member.Value.GetString()!]);
                }
                else
                {
                    Collect(member.Value, found);
                }
            }
        }
    }
}
