using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>The README's examples, run as written, with the effect the README says they have.</summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void RulesExample_AddsTheSiteWindowAndKeepsTheBuiltInOnes()
    {
        string example = JsonBlockAfter("Example: treat all of 2014's second half as suspect at your site.");
        using TempFile rules = TempFile.WithText(example);
        using TempFile inventory = TempFile.WithText(
            "Serial,Name,Model\nFOC1828A1B2,H2-START,AIR-CAP2602I-E-K9\nFOC1850A1B2,H2-LATE,\nFOC1837X1Y2,CSCUR,AIR-CAP2602I-E-K9\nFOC1834A1B2,FN63916,AIR-CAP2602I-E-K9\nFOC1826A1B2,H1,AIR-CAP2602I-E-K9\nFCW1843G8H9,WLC,AIR-CT5508-K9\n",
            ".csv");

        CliRun run = CliRun.Invoke("audit", inventory.Path, "--rules", rules.Path, "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);
        Dictionary<string, string[]> rulesByName = report.RootElement.GetProperty("devices").EnumerateArray().ToDictionary(
            d => d.GetProperty("name").GetString()!,
            d => d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToArray());

        Assert.Contains("site.2014-h2", rulesByName["H2-START"]);
        Assert.Contains("site.2014-h2", rulesByName["H2-LATE"]);
        Assert.Contains("site.2014-h2", rulesByName["CSCUR"]);
        Assert.Contains("cscur43050.window", rulesByName["CSCUR"]);
        Assert.Contains("fn63916.wider-window", rulesByName["FN63916"]);
        Assert.DoesNotContain("site.2014-h2", rulesByName["H1"]);
        Assert.DoesNotContain("site.2014-h2", rulesByName["WLC"]);
        Assert.Equal("high", report.RootElement.GetProperty("devices").EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == "H2-LATE").GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "site.2014-h2").GetProperty("severity").GetString());
    }

    // The first ```json block after the paragraph that starts with the given text.
    private static string JsonBlockAfter(string paragraph)
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        int at = readme.IndexOf(paragraph, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md no longer has the paragraph '{paragraph}'.");
        Match block = JsonBlock().Match(readme, at);
        Assert.True(block.Success, $"README.md has no json block after '{paragraph}'.");
        return block.Groups["json"].Value;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CertInspect.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: README.md not found.");
    }

    [GeneratedRegex("```json\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
