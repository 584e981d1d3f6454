namespace CertInspect.Cli.Tests;

/// <summary>
/// Issue 26, point 7: the messages a command line gets are certinspect's own (never System.CommandLine's sentences),
/// suggestions find what a prefix or another name meant, help is certinspect's own too, and a count of one is
/// singular.
/// </summary>
public sealed class HouseStyleTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    // Regression: System.CommandLine's "Option '--policy' is required.", "Required argument 'INPUT' missing for
    // command: 'audit'.", "Required argument missing for option: '--as-of'." and, for an option given twice, a crash.
    [Theory]
    [InlineData("accept|x", "certinspect accept: --policy PATH is required: the acceptance policy (JSON)")]
    [InlineData("audit", "certinspect audit: name at least one INPUT: files, directories (read recursively) or - for standard input")]
    [InlineData("diff|old.json", "certinspect diff: name NEW: the later audit, of the same kind")]
    [InlineData("audit|x|--as-of", "certinspect audit: --as-of needs a value: YYYY-MM-DD")]
    [InlineData("audit|x|-f", "certinspect audit: -f needs a value: table|csv|json|jsonl|markdown|html|xlsx")]
    [InlineData("audit|x|--output|a.json|--output|b.json", "certinspect audit: --output is given 2 times: give it once")]
    [InlineData("help|adit", "certinspect help: 'adit' is not a command; did you mean audit? (commands: audit, serial, accept, inspect, parse, diff, rules, help)")]
    public void Invoke_CommandLineSystemCommandLineRefuses_IsSaidInTheHouseStyle(string line, string message)
    {
        CliRun run = CliRun.Invoke(line.Split('|'));

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"{message}\nsee '{message.Split(':')[0]} --help'\n", run.Error);
    }

    // Regression: "--out" and "--password" got no suggestion (too far by edit distance), nor "--format md", "excel".
    [Theory]
    [InlineData("--out|report.json", "'--out' is not an option of audit; did you mean --output?")]
    [InlineData("--password|AP_P12", "'--password' is not an option of audit; did you mean --password-env?")]
    [InlineData("--contr|x", "'--contr' is not an option of audit; did you mean --controller-release or --controller-platform?")]
    [InlineData("--format|md", "--format takes a format, one of table, csv, json, jsonl, markdown, html, xlsx; got 'md'; did you mean markdown?")]
    [InlineData("--format|excel", "--format takes a format, one of table, csv, json, jsonl, markdown, html, xlsx; got 'excel'; did you mean xlsx?")]
    [InlineData("--format|XLSX", "--format takes a format, one of table, csv, json, jsonl, markdown, html, xlsx; got 'XLSX'; did you mean xlsx?")]
    [InlineData("--fail-on|HIGH", "--fail-on takes a risk, one of info, unjudged, low, medium, high, critical; got 'HIGH'; did you mean high?")]
    public void Invoke_OptionOrValueMeantAsAnother_SuggestsIt(string options, string message)
    {
        CliRun run = CliRun.Invoke(["audit", SampleFleet, .. options.Split('|')]);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.StartsWith($"certinspect audit: {message}", run.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> Commands() => ["audit", "serial", "accept", "inspect", "parse", "diff", "rules", "help"];

    // Regression: "audit --help" was 68 lines at 80 columns with a value list broken mid-word, defaults stated twice
    // ("(default: 90 and 365). [default: 90|365]") and System.CommandLine's leftovers.
    [Theory]
    [InlineData("")]
    [MemberData(nameof(Commands))]
    public void Help_OfEveryCommand_FitsEightyColumnsStatesDefaultsOnceAndEndsWithExamples(string command)
    {
        CliRun help = CliRun.Invoke(command.Length == 0 ? ["--help"] : [command, "--help"]);
        CliRun helpCommand = CliRun.Invoke(command.Length == 0 ? ["help"] : ["help", command]);

        Assert.Equal((ExitCodes.Done, ExitCodes.Done), (help.ExitCode, helpCommand.ExitCode));
        Assert.Equal(help.Output, helpCommand.Output);
        string[] lines = help.Output.TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} characters: {line}"));
        Assert.StartsWith($"Usage: certinspect {(command.Length == 0 ? string.Empty : command + " ")}", lines[0], StringComparison.Ordinal);
        foreach (string leftover in (string[])["Additional Arguments", "Arguments passed to the application", "<additional arguments>", "[default:", "<", "Show help and usage information"])
        {
            Assert.DoesNotContain(leftover, help.Output, StringComparison.Ordinal);
        }

        Assert.All(
            help.Output.Split("\n  -").Skip(1).Select(option => option.Split("(default:").Length - 1),
            defaults => Assert.True(defaults <= 1));
        string[] examples = [.. lines.SkipWhile(l => l != "Examples:" && l != "Example:").Skip(1)];
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.Matches("^  (AP_P12_PASSWORD=… )?certinspect ", example));
    }

    [Fact]
    public void Help_AtANarrowTerminal_FitsItToo()
    {
        CliRun help = CliRun.Invoke(["audit", "--help"], standardInput: null, variables: new Dictionary<string, string> { ["COLUMNS"] = "60" });

        Assert.All(help.Output.Split('\n'), line => Assert.True(line.Length <= 60, $"{line.Length} characters: {line}"));
    }

    // Regression: "1 findings appeared", "3 devices got worse" for one, "1 certificates; 1 input errors.", "1 lines".
    [Fact]
    public void Counts_OfOne_AreSingular()
    {
        using TempFile before = TempFile.Reserve(".json");
        using TempFile after = TempFile.Reserve(".json");
        Assert.Equal(ExitCodes.Done, CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--output", before.Path], "FCW2103C1D2\n").ExitCode);
        Assert.Equal(ExitCodes.Done, CliRun.Invoke(["audit", "-", "--as-of", "2027-06-01", "--output", after.Path], "FCW2103C1D2\n").ExitCode);

        CliRun diff = CliRun.Invoke("diff", before.Path, after.Path);
        using TempFile fleetBefore = TempFile.Reserve(".json");
        using TempFile fleetAfter = TempFile.Reserve(".json");
        Assert.Equal(ExitCodes.Done, CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--output", fleetBefore.Path).ExitCode);
        Assert.Equal(ExitCodes.Done, CliRun.Invoke("audit", SampleFleet, "--as-of", "2027-06-01", "--output", fleetAfter.Path).ExitCode);
        CliRun fleetDiff = CliRun.Invoke("diff", fleetBefore.Path, fleetAfter.Path);
        using TempFile serial = TempFile.WithText("FOC1837X1Y2\n", ".txt");
        CliRun inspect = CliRun.Invoke("inspect", TestData.Path("certs", "aps", "ap1g4-mic.der"), serial.Path, "--as-of", "2026-11-21");
        CliRun parse = CliRun.Invoke(["parse", "-"], "(WLC-1) >show sysinfo\nProduct Version.................................. 8.0.100.0\n");
        CliRun gate = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--fail-on", "high"], "FOC1837X1Y2\nnot-a-serial!\n");

        Assert.Contains($"(as of 2026-11-21, 1 device)", diff.Output, StringComparison.Ordinal);
        Assert.Contains("; 1 finding appeared, 1 resolved.", fleetDiff.Output, StringComparison.Ordinal);
        Assert.Equal("certinspect: 1 device got worse.\n", diff.Error);
        Assert.EndsWith("\n1 certificate; 1 input error.\n", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("-> show sysinfo, 1 line\n", parse.Output, StringComparison.Ordinal);
        Assert.Contains("gate failed (--fail-on high): 1 device at high or worse (worst: critical), 1 input error.", gate.Error, StringComparison.Ordinal);
    }
}
