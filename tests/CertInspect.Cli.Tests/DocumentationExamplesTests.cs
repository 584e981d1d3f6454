using System.Globalization;
using System.Text;
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

    // Regression (issue 21): a misspelt member was reported as the members it left missing, with a C# type name.
    [Fact]
    public void RulesExample_WithSeverityMisspelt_SaysWhatTheReadmeShows()
    {
        string example = JsonBlockAfter("Example: treat all of 2014's second half as suspect at your site.");
        string shown = TextBlockAfter("For the example below\nwith `severity` misspelt:");
        using TempFile rules = TempFile.WithText(example.Replace("\"severity\"", "\"severty\"", StringComparison.Ordinal));

        CliRun run = CliRun.Invoke("audit", TestData.Path("sample-fleet"), "--rules", rules.Path, "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(shown.Replace("site-rules.json", rules.Path, StringComparison.Ordinal), run.Error);
    }

    // Regression (issue 21): the jobs' examples named placeholder paths (inventory.csv, mics/, exports/) that a new
    // user could not run. Each testdata block runs as written, line by line, from a folder that holds testdata/ (the
    // repository root's view), on an 80-column terminal's width; what it prints is what the text block under it shows.
    [LinuxFact]
    public void ThreeJobs_TestdataExamples_RunAsWrittenAndPrintWhatTheReadmeShows()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        int from = readme.IndexOf("## Three jobs", StringComparison.Ordinal);
        string jobs = readme[from..readme.IndexOf("## Commands", from, StringComparison.Ordinal)];
        Match[] examples = ExampleBlocks().Matches(jobs).ToArray();
        Assert.Equal(3, examples.Length);
        Assert.All(examples, e => Assert.Contains("--as-of", e.Groups["commands"].Value, StringComparison.Ordinal));

        using var folder = new ShellFolder();
        foreach (Match example in examples)
        {
            var printed = new StringBuilder();
            foreach (string command in example.Groups["commands"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // Standard output and error in the order written, as a terminal shows them.
                (int exitCode, string output, _) = folder.Run($"exec 2>&1\n{command}", new Dictionary<string, string> { ["COLUMNS"] = "80" });
                Match exit = ExitComment().Match(command);
                Assert.True(
                    exitCode == (exit.Success ? int.Parse(exit.Groups["code"].Value, CultureInfo.InvariantCulture) : 0),
                    $"'{command}' exited {exitCode}:\n{output}");
                printed.Append(output);
            }

            AssertShows(example.Groups["printed"].Value, printed.ToString());
        }

        // Regression (issue 26, point 10): the jobs left audit.xlsx, 2026-q4.json, … in the repository root, where
        // git status shows them. Everything they write is in reports/, which the checkout ignores.
        Assert.Equal([".bin", "reports", "testdata"], Directory.GetFileSystemEntries(folder.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        string[] reports = [.. Directory.GetFiles(Path.Combine(folder.Path, "reports")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        Assert.Equal(["2026-q4.json", "2027-q2.json", "audit.html", "audit.xlsx", "receipt.json"], reports);
        (int ignored, string notIgnored) = Git(["check-ignore", "--no-index", "--verbose", "--non-matching", .. reports.Select(r => $"reports/{r}")]);
        Assert.True(ignored == 0 && !notIgnored.Contains("::", StringComparison.Ordinal), $"git does not ignore every report:\n{notIgnored}");
        Assert.Equal("reports/.gitkeep\n", Git(["ls-files", "reports"]).Output);
    }

    // git in the repository, as a checkout's git status sees it.
    private static (int ExitCode, string Output) Git(string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    // The lines of the README's block stand in the output in order; a line "…" stands for any lines, and without
    // one at either end the output starts and ends as the block does.
    private static void AssertShows(string shown, string printed)
    {
        string[] actual = printed.TrimEnd('\n').Split('\n');
        List<string[]> parts = [.. shown.TrimEnd('\n').Split("\n…\n").Select(p => p.Split('\n'))];
        bool openStart = shown.StartsWith("…\n", StringComparison.Ordinal);
        bool openEnd = shown.TrimEnd('\n').EndsWith("\n…", StringComparison.Ordinal);
        parts = [.. parts.Select(p => p.Where(l => l != "…").ToArray()).Where(p => p.Length > 0)];
        int at = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            string[] part = parts[i];
            int found = Enumerable.Range(at, Math.Max(0, actual.Length - part.Length - at + 1))
                .FirstOrDefault(start => actual.AsSpan(start, part.Length).SequenceEqual(part), -1);
            Assert.True(found >= 0 && (i > 0 || openStart || found == 0), $"The output does not show, in order:\n{string.Join('\n', part)}\n\nIt printed:\n{printed}");
            at = found + part.Length;
        }

        Assert.True(openEnd || at == actual.Length, $"The output goes on after what the README shows:\n{string.Join('\n', actual[at..])}");
    }

    private static string JsonBlockAfter(string paragraph) => BlockAfter(paragraph, "json");

    private static string TextBlockAfter(string paragraph) => BlockAfter(paragraph, "text");

    // The first fenced block of the language after the paragraph that starts with the given text.
    private static string BlockAfter(string paragraph, string language)
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        int at = readme.IndexOf(paragraph, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md no longer has the paragraph '{paragraph}'.");
        Match block = new Regex($"```{language}\\n(?<body>.*?)```", RegexOptions.Singleline).Match(readme, at);
        Assert.True(block.Success, $"README.md has no {language} block after '{paragraph}'.");
        return block.Groups["body"].Value;
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

    // A shell block followed at once by a text block of what it prints: an example on testdata.
    [GeneratedRegex("```sh\\n(?<commands>[^`]*?)```\\n\\n```text\\n(?<printed>[^`]*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlocks();

    [GeneratedRegex("# exit (?<code>[0-9]+)")]
    private static partial Regex ExitComment();
}
