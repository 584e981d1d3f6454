using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>A command line that is wrong stops before anything runs: one line per problem and where help is, on
/// standard error only, exit 1.</summary>
public sealed class UsageErrorsTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");
    private static readonly string Certificate = TestData.Path("certs", "aps", "ap1g4-mic.der");
    private static readonly string Capture = TestData.Path("sample-fleet", "captures", "wlc-hq-session.txt");
    private static readonly string Policy = TestData.Path("acceptance", "po-4500012345.json");
    private static readonly string Delivery = TestData.Path("acceptance", "delivery");

    // Regression (issue 21): "audit testdata/sample-fleet --asof 2026-11-21" exited 0, judged the fleet at today's
    // date and listed "--asof" and the date as two missing input files. Every command, the misspelt option where
    // an argument list would take it as a path (before the inputs, among them, after them) or where it is left over.
    [Theory]
    [InlineData("audit", "--asof", "--as-of")]
    [InlineData("inspect", "--asof", "--as-of")]
    [InlineData("serial", "--modle", "--model")]
    [InlineData("accept", "--asof", "--as-of")]
    [InlineData("parse", "--fromat", "--format")]
    [InlineData("diff", "--fial-on", "--fail-on")]
    [InlineData("rules", "--fromat", "--format")]
    public void Invoke_MisspeltOption_ExitsOneNamingItAndTheNearestOption(string command, string typo, string meant)
    {
        string[] args = command switch
        {
            "audit" => ["audit", SampleFleet, typo, "2026-11-21"],
            "inspect" => ["inspect", typo, "2026-11-21", Certificate],
            "serial" => ["serial", "FOC1837X1Y2", typo, "AIR-CAP2602I-E-K9"],
            "accept" => ["accept", "--policy", Policy, Delivery, typo, "2026-11-21"],
            "parse" => ["parse", Capture, typo, "json"],
            "diff" => ["diff", typo, "high", "old.json", "new.json"],
            _ => ["rules", typo, "json"],
        };

        CliRun run = CliRun.Invoke(args);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains($"certinspect {command}: '{typo}' is not an option of {command}; did you mean {meant}?", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"see 'certinspect {command} --help'\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_OptionLikeNameAfterDoubleDash_IsAnInput()
    {
        CliRun run = CliRun.Invoke("audit", "--as-of", "2026-11-21", "--format", "json", SampleFleet, "--", "--asof");

        // The sample fleet is read, and "--asof" is a path that does not exist: an input error, not a usage error.
        Assert.Equal(ExitCodes.Done, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        Assert.Contains(report.RootElement.GetProperty("inputErrors").EnumerateArray(), e => e.GetProperty("source").GetString() == "--asof");
        Assert.DoesNotContain("not an option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_UnknownOptionWithNothingNear_StillNamesItAndHowToPassSuchAFile()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--zzzzzz");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal("certinspect audit: '--zzzzzz' is not an option of audit (a file whose name starts with '-' goes after '--')\nsee 'certinspect audit --help'\n", run.Error);
    }

    [Fact]
    public void Invoke_MisspeltCommand_NamesTheNearestCommand()
    {
        CliRun run = CliRun.Invoke("adit", SampleFleet);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("certinspect: 'adit' is not a command; did you mean audit? (commands: audit, serial, accept, inspect, parse, diff, rules, help)\nsee 'certinspect --help'\n", run.Error, StringComparison.Ordinal);
    }

    // Regression (issue 21): each of these printed the whole help (about 25 lines on standard output) before the
    // one-line reason.
    [Theory]
    [InlineData("audit", "--as-of", "2026-13-01", "certinspect audit: --as-of takes a date as YYYY-MM-DD, such as 2026-11-21; got '2026-13-01'.")]
    [InlineData("audit", "--format", "pdf", "certinspect audit: --format takes a format, one of table, csv, json, jsonl, markdown, html, xlsx; got 'pdf'.")]
    [InlineData("audit", "--format", "jsn", "certinspect audit: --format takes a format, one of table, csv, json, jsonl, markdown, html, xlsx; got 'jsn'; did you mean json?")]
    [InlineData("audit", "--fail-on", "severe", "certinspect audit: --fail-on takes a risk, one of info, unjudged, low, medium, high, critical; got 'severe'.")]
    [InlineData("audit", "--horizon", "soon", "certinspect audit: --horizon takes a positive number of days, such as 90; got 'soon'.")]
    [InlineData("serial", "--as-of", "21.11.2026", "certinspect serial: --as-of takes a date as YYYY-MM-DD, such as 2026-11-21; got '21.11.2026'.")]
    [InlineData("diff", "--fail-on", "severe", "certinspect diff: --fail-on takes a risk, one of info, unjudged, low, medium, high, critical; got 'severe'.")]
    [InlineData("rules", "--format", "xml", "certinspect rules: --format takes a format, one of table, json, csv; got 'xml'.")]
    public void Invoke_BadOptionValue_IsOneLineAndWhereHelpIs(string command, string option, string value, string reason)
    {
        string[] args = command switch
        {
            "serial" => ["serial", "FOC1837X1Y2", option, value],
            "diff" => ["diff", "old.json", "new.json", option, value],
            "rules" => ["rules", option, value],
            _ => ["audit", SampleFleet, option, value],
        };

        CliRun run = CliRun.Invoke(args);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"{reason}\nsee 'certinspect {command} --help'\n", run.Error);
    }

    [Fact]
    public void Invoke_Help_StillPrintsTheHelp()
    {
        CliRun run = CliRun.Invoke("audit", "--help");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("\n  --as-of YYYY-MM-DD\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n  -f, --format table|csv|json|jsonl|markdown|html|xlsx\n", run.Output, StringComparison.Ordinal);
    }
}
