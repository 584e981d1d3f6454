using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>
/// The examples of the README and of docs/*.md, run as written wherever they stand, with the effect the text says
/// they have. A failure names the file and line of the example.
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    private const string SiteRulesParagraph = "Example: treat all of 2014's second half as suspect at your site.";

    [Fact]
    public void RulesExample_AddsTheSiteWindowAndKeepsTheBuiltInOnes()
    {
        FencedBlock example = BlockAfter(SiteRulesParagraph, "json");
        using TempFile rules = TempFile.WithText(example.Body);
        using TempFile inventory = TempFile.WithText(
            "Serial,Name,Model\nFOC1828A1B2,H2-START,AIR-CAP2602I-E-K9\nFOC1850A1B2,H2-LATE,\nFOC1837X1Y2,CSCUR,AIR-CAP2602I-E-K9\nFOC1834A1B2,FN63916,AIR-CAP2602I-E-K9\nFOC1826A1B2,H1,AIR-CAP2602I-E-K9\nFCW1843G8H9,WLC,AIR-CT5508-K9\n",
            ".csv");

        CliRun run = CliRun.Invoke("audit", inventory.Path, "--rules", rules.Path, "--as-of", "2026-11-21", "--format", "json");
        Assert.True(run.ExitCode == ExitCodes.Done, $"{example.Where}: the example exited {run.ExitCode}:\n{run.Error}");
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
    public void RulesExample_WithSeverityMisspelt_SaysWhatTheDocumentationShows()
    {
        FencedBlock example = BlockAfter(SiteRulesParagraph, "json");
        FencedBlock shown = BlockAfter("For the example below with `severity` misspelt:", "text");
        using TempFile rules = TempFile.WithText(example.Body.Replace("\"severity\"", "\"severty\"", StringComparison.Ordinal));

        CliRun run = CliRun.Invoke("audit", TestData.Path("sample-fleet"), "--rules", rules.Path, "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        string expected = shown.Body.Replace("site-rules.json", rules.Path, StringComparison.Ordinal);
        Assert.True(expected == run.Error, $"{shown.Where}: the documentation shows\n{expected}\nbut the run printed\n{run.Error}");
    }

    // Regression (issue 21): the jobs' examples named placeholder paths (inventory.csv, mics/, exports/) that a new
    // user could not run. Each testdata block runs as written, line by line, from a folder that holds testdata/ (the
    // repository root's view), on an 80-column terminal's width; what it prints is what the text block under it shows.
    [LinuxFact]
    public void ReadmeExamples_ThreeJobsOnTestdata_RunAsWrittenAndPrintWhatTheyShow()
    {
        Documentation readme = Documentation.Readme;
        (int from, int to) = readme.Section("## Three jobs");
        IReadOnlyList<DocumentedExample> jobs = readme.Examples(from, to);
        Assert.True(jobs.Count == 3, $"{readme.At(from)}: the three jobs show {jobs.Count} examples on testdata, not one each");
        Assert.All(jobs, e => Assert.True(
            e.Commands.Body.Contains("--as-of", StringComparison.Ordinal),
            $"{e.Commands.Where}: without --as-of the example prints what the day it runs makes it print"));

        using var folder = new ShellFolder();
        foreach (DocumentedExample example in readme.Examples())
        {
            RunAsWritten(example, folder);
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

    // Issue 28: the reference moved from the README to docs/; its examples on testdata run there, each file's in a
    // folder of its own (an example may read what an earlier one of its file wrote).
    [LinuxFact]
    public void DocsExamples_OnTestdata_RunAsWrittenAndPrintWhatTheyShow()
    {
        Documentation[] withExamples = [.. Documentation.All.Skip(1).Where(d => d.Examples().Count > 0)];
        Assert.True(withExamples.Length > 0, "No docs/*.md holds an example on testdata (docs/commands.md had serial's and diff's).");

        foreach (Documentation file in withExamples)
        {
            using var folder = new ShellFolder();
            foreach (DocumentedExample example in file.Examples())
            {
                RunAsWritten(example, folder);
            }
        }
    }

    // An example whose output is not shown is run by no test: every sh block that runs certinspect on testdata/ is
    // followed by what it prints.
    [Fact]
    public void Examples_OnTestdata_AllShowWhatTheyPrint()
    {
        foreach (Documentation file in Documentation.All)
        {
            HashSet<int> shown = [.. file.Examples().Select(e => e.Commands.Line)];
            FencedBlock[] unshown = [.. file.Blocks().Where(b => b.Language == "sh" && !shown.Contains(b.Line) && CertInspectOnTestdata().IsMatch(b.Body))];
            Assert.True(unshown.Length == 0, $"{string.Join(", ", unshown.Select(b => b.Where))}: certinspect on testdata/ without a text block of what it prints under it, so no test runs it");
        }
    }

    // Runs the example's commands one by one in the folder, as bash on an 80-column terminal would, and checks each
    // exit code (its "# exit N" comment, else 0) and, together, what they printed.
    private static void RunAsWritten(DocumentedExample example, ShellFolder folder)
    {
        var printed = new StringBuilder();
        string[] lines = example.Commands.Body.TrimEnd('\n').Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string command = lines[i];
            if (command.Length == 0)
            {
                continue;
            }

            // Standard output and error in the order written, as a terminal shows them.
            (int exitCode, string output, _) = folder.Run($"exec 2>&1\n{command}", new Dictionary<string, string> { ["COLUMNS"] = "80" });
            Match exit = ExitComment().Match(command);
            int expected = exit.Success ? int.Parse(exit.Groups["code"].Value, CultureInfo.InvariantCulture) : 0;
            Assert.True(exitCode == expected, $"{example.Commands.File.At(example.Commands.Line + 1 + i)}: '{command}' exited {exitCode}, not {expected}:\n{output}");
            printed.Append(output);
        }

        AssertShows(example.Printed, printed.ToString());
    }

    // The lines of the block stand in the output in order; a line "…" stands for any lines, and without one at
    // either end the output starts and ends as the block does.
    private static void AssertShows(FencedBlock shown, string printed)
    {
        string[] actual = printed.TrimEnd('\n').Split('\n');
        string body = shown.Body;
        List<string[]> parts = [.. body.TrimEnd('\n').Split("\n…\n").Select(p => p.Split('\n'))];
        bool openStart = body.StartsWith("…\n", StringComparison.Ordinal);
        bool openEnd = body.TrimEnd('\n').EndsWith("\n…", StringComparison.Ordinal);
        parts = [.. parts.Select(p => p.Where(l => l != "…").ToArray()).Where(p => p.Length > 0)];
        int at = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            string[] part = parts[i];
            int found = Enumerable.Range(at, Math.Max(0, actual.Length - part.Length - at + 1))
                .FirstOrDefault(start => actual.AsSpan(start, part.Length).SequenceEqual(part), -1);
            Assert.True(found >= 0 && (i > 0 || openStart || found == 0), $"{shown.Where}: the output does not show, in order:\n{string.Join('\n', part)}\n\nIt printed:\n{printed}");
            at = found + part.Length;
        }

        Assert.True(openEnd || at == actual.Length, $"{shown.Where}: the output goes on after what the block shows:\n{string.Join('\n', actual[at..])}");
    }

    // The first fenced block of the language after the paragraph that starts with the given words (however the
    // text is wrapped), in whichever of README.md and docs/*.md holds it: one file does.
    private static FencedBlock BlockAfter(string paragraph, string language)
    {
        var words = new Regex(string.Join(@"\s+", paragraph.Split(' ').Select(Regex.Escape)));
        (Documentation File, int Line)[] holders = [.. Documentation.All
            .Select(d => (File: d, Match: words.Match(d.Text)))
            .Where(m => m.Match.Success)
            .Select(m => (m.File, 1 + m.File.Text.AsSpan(0, m.Match.Index).Count('\n')))];
        Assert.True(holders.Length == 1, holders.Length == 0
            ? $"Neither README.md nor docs/*.md has the paragraph '{paragraph}' any more."
            : $"The paragraph '{paragraph}' stands in {string.Join(" and ", holders.Select(h => h.File.At(h.Line)))}: the test reads one.");

        (Documentation file, int line) = holders[0];
        FencedBlock? block = file.Blocks().FirstOrDefault(b => b.Line > line && b.Language == language);
        Assert.True(block is not null, $"{file.At(line)}: no {language} block after '{paragraph}'.");
        return block;
    }

    // git in the repository, as a checkout's git status sees it.
    private static (int ExitCode, string Output) Git(string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Documentation.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [GeneratedRegex("# exit (?<code>[0-9]+)")]
    private static partial Regex ExitComment();

    // A command line that runs certinspect (after any VAR=value) on something under testdata/.
    [GeneratedRegex(@"^(\w+=\S+ )*certinspect [^\n]*testdata/", RegexOptions.Multiline)]
    private static partial Regex CertInspectOnTestdata();
}
