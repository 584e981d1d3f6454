using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed partial class AuditCommandTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    [Theory]
    [InlineData("json", "sample-fleet.json")]
    [InlineData("csv", "sample-fleet.csv")]
    [InlineData("table", "sample-fleet.table.txt")]
    [InlineData("markdown", "sample-fleet.md")]
    public void Audit_SampleFleet_MatchesGolden(string format, string golden)
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", format);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        GoldenFile.AssertMatches(golden, TestData.Scrub(run.Output));
    }

    [Fact]
    public void Audit_SampleFleet_AccountsForEveryRowAndCertificate()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement[] devices = [.. report.RootElement.GetProperty("devices").EnumerateArray()];
        JsonElement[] inputs = [.. report.RootElement.GetProperty("inputs").EnumerateArray()];

        // Data rows of the four text files (blank rows excluded): each is a device occurrence or an input error.
        const int DataRows = 33 + 5 + 4 + 8;
        string[] textFiles = ["inventory.csv", "branch-semicolon.csv", "warehouse-unicode.txt", "spares.txt"];
        bool IsTextFile(string source) => textFiles.Any(f => source.StartsWith($"{SampleFleet}/{f}:", StringComparison.Ordinal) || source == $"{SampleFleet}/{f}");
        int rowOccurrences = devices.Sum(d => Rows(d).Count(IsTextFile));
        int errors = report.RootElement.GetProperty("inputErrors").EnumerateArray().Count(e => IsTextFile(e.GetProperty("source").GetString()!));
        Assert.Equal(DataRows, rowOccurrences + errors);
        Assert.Equal(DataRows, inputs.Where(i => IsTextFile(i.GetProperty("source").GetString()!)).Sum(i => i.GetProperty("rows").GetInt64()));

        // Every certificate read is a device's own or one of the six CAs of the bundle; certificates described in
        // captures are the captures' own.
        const int Cas = 6;
        int decoded = devices.Sum(d => d.GetProperty("certificates").EnumerateArray().Count(c => c.GetProperty("textSource").ValueKind == JsonValueKind.Null));
        Assert.Equal(decoded + Cas, inputs.Where(i => i.GetProperty("kind").GetString()!.StartsWith("certificates", StringComparison.Ordinal)).Sum(i => i.GetProperty("rows").GetInt64()));

        // Every capture names at least one device, and each device a capture describes cites it.
        foreach (JsonElement capture in inputs.Where(i => i.GetProperty("kind").GetString() == "capture"))
        {
            string source = capture.GetProperty("source").GetString()!;
            int citing = devices.Count(d => Rows(d).Any(s => s.StartsWith(source + ":", StringComparison.Ordinal)));
            Assert.True(capture.GetProperty("rows").GetInt64() >= 1);
            Assert.Equal(capture.GetProperty("rows").GetInt64(), citing);
        }
    }

    [Fact]
    public void Audit_MixedFolder_OneRecordPerApWithEvidenceFromInventoryCertificatesAndCaptures()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement[] devices = [.. report.RootElement.GetProperty("devices").EnumerateArray()];

        // HQ-LOBBY-03: an inventory row, two MICs in a PEM file (joined by MAC), its console and its controller's
        // show ap summary (joined by serial and MAC): one record, the CSCur43050 candidate proven affected.
        JsonElement ap = Assert.Single(devices, d => d.GetProperty("name").GetString() == "HQ-LOBBY-03");
        string[] sources = Rows(ap);
        Assert.Contains(sources, s => s.StartsWith($"{SampleFleet}/inventory.csv:", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith($"{SampleFleet}/certs/c2600-both-mics.pem:", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith($"{SampleFleet}/captures/hq-lobby-03-console.txt:", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith($"{SampleFleet}/captures/wlc-hq-session.txt:", StringComparison.Ordinal));
        string[] rules = [.. ap.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
        Assert.Contains("cscur43050.confirmed", rules);
        Assert.Contains("cscur43050.trigger-release", rules);
        Assert.DoesNotContain("cscur43050.window", rules);
        Assert.DoesNotContain("serial.duplicate", rules);
        Assert.Equal("affected", ap.GetProperty("capture").GetProperty("sha2Proof").GetString());
        Assert.Equal(["WLC-HQ"], ap.GetProperty("capture").GetProperty("controllers").EnumerateArray().Select(c => c.GetString()));

        // The controller is a device too, marked as such, joined to its inventory row by serial.
        JsonElement controller = Assert.Single(devices, d => d.GetProperty("serial").GetString() == "FCW1843G8H9");
        Assert.Equal("controller", controller.GetProperty("deviceType").GetString());
        Assert.Equal("8.0.100.0", controller.GetProperty("capture").GetProperty("release").GetString());
        Assert.Equal(1, devices.Count(d => d.GetProperty("name").GetString() is "HQ-LOBBY-02"));
    }

    [Theory]
    [InlineData("critical", ExitCodes.GateFailed)]
    [InlineData("high", ExitCodes.GateFailed)]
    public void Audit_FailOn_FailsWhenADeviceReachesTheThreshold(string failOn, int expected)
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--fail-on", failOn, "--format", "csv");

        Assert.Equal(expected, run.ExitCode);
        Assert.Contains("gate failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_WithoutFailOn_ExitsZeroWhateverItFinds()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
    }

    [Fact]
    public void Audit_FailOnCritical_PassesAFleetWithoutFindings()
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--fail-on", "info"], "FGL2131A3JS\nFJC2347Q1R2\n");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("2 devices (critical 0, high 0, medium 0, low 0, unjudged 0, info 0, ok 2)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FailOn_FailsOnAnInputErrorEvenWhenEveryDeviceIsOk()
    {
        // A gate never passes silently over input it could not read.
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--fail-on", "critical"], "FGL2131A3JS\nnot-a-serial!\n");

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.Contains("1 input error.", run.Error, StringComparison.Ordinal);
        Assert.Contains("stdin:2: 'NOT-A-SERIAL!' has '-'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_NothingReadable_ExitsOneAndStillReportsTheErrors()
    {
        using TempFile empty = TempFile.WithBytes([], ".csv");

        CliRun run = CliRun.Invoke("audit", empty.Path, "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("nothing was read", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{empty.Path}: the file is empty", run.Output, StringComparison.Ordinal);
        // Issue 25: a run that read nothing draws no verdict.
        Assert.DoesNotContain("worst risk", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot join", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MissingInput_IsAnInputErrorAndTheBatchGoesOn()
    {
        CliRun run = CliRun.Invoke("audit", "no/such/file.csv", TestData.Path("sample-fleet", "spares.txt"), "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        JsonElement error = report.RootElement.GetProperty("inputErrors")[0];
        Assert.Equal("no/such/file.csv", error.GetProperty("source").GetString());
        Assert.Equal("no such file or directory", error.GetProperty("message").GetString());
        Assert.Equal(7, report.RootElement.GetProperty("summary").GetProperty("devices").GetInt32());
    }

    [Fact]
    public void Audit_StandardInput_ReadsACsvFromTheDash()
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "csv"], "SN,PID\nFOC1837X1Y2,AIR-CAP2602I-E-K9\n");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("serial:FOC1837X1Y2,FOC1837X1Y2,,AIR-CAP2602I-E-K9,Aironet 2600 Series", run.Output, StringComparison.Ordinal);
        Assert.Contains("stdin:2", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("21/11/2026")]
    [InlineData("yesterday")]
    public void Audit_BadAsOf_IsAUsageError(string asOf)
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", asOf);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("--as-of takes a date as YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "severe")]
    [InlineData("--horizon", "0")]
    [InlineData("--horizon", "soon")]
    public void Audit_BadOption_IsAUsageError(string option, string value)
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, option, value);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void Audit_WithoutAsOf_UsesTodayFromTheClock()
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--format", "json"], "FCW2104M4N5\n");
        using JsonDocument report = JsonDocument.Parse(run.Output);

        Assert.Equal("2026-11-21", report.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(62, report.RootElement.GetProperty("devices")[0].GetProperty("predictedMicExpiry").GetProperty("daysLeft").GetInt32());
    }

    [Fact]
    public void Audit_Horizons_GradeAComingExpiry()
    {
        // FCW2120N5P6: MIC predicted to end 2027-05-14, 174 days after 2026-11-21.
        CliRun defaults = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "csv"], "FCW2120N5P6\n");
        CliRun wide = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "csv", "--horizon", "180"], "FCW2120N5P6\n");
        CliRun narrow = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "csv", "--horizon", "30", "--horizon", "60"], "FCW2120N5P6\n");

        Assert.Contains(",medium,mic.predicted-expiry,", defaults.Output, StringComparison.Ordinal);
        Assert.Contains(",high,mic.predicted-expiry,", wide.Output, StringComparison.Ordinal);
        Assert.Contains(",ok,,2027-05-14,174,", narrow.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Audit_Table_IsColouredOnlyOnATerminalWithoutNoColor(bool terminal, bool noColor, bool coloured)
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21"], "FOC1837X1Y2\n", terminal, noColor);

        Assert.Equal(coloured, run.Output.Contains('\u001b', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Audit_Progress_OnlyWhenAsked(bool showProgress)
    {
        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv"], standardInput: null, showProgress: showProgress);

        Assert.Equal(showProgress, run.Error.Contains("\rcertinspect: 14/14 files, ", StringComparison.Ordinal));
        Assert.DoesNotContain("certinspect:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", 1)]
    [InlineData("json", 1)]
    [InlineData("html", 1)]
    [InlineData("xlsx", 2)]
    public void Audit_Progress_CoversEachPassOverTheDevices(string format, int passes)
    {
        using TempFile output = TempFile.Reserve("." + format);

        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--format", format, "--output", output.Path], standardInput: null, terminal: true, showProgress: true);

        for (int pass = 1; pass <= 2; pass++)
        {
            Assert.Equal(pass <= passes, run.Error.Contains($"rows read; devices 41/41 (pass {pass})", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Audit_Progress_OfTheDevicesIsNotShownWhileTheTableGoesToTheSameTerminal()
    {
        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21"], standardInput: null, terminal: true, showProgress: true);

        Assert.Contains("\rcertinspect: 14/14 files, ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("devices 41/41", run.Error, StringComparison.Ordinal);
    }

    // Where the device's rows are, as "source:line" (the JSON report's devices[].rows).
    private static string[] Rows(JsonElement device) =>
        [.. device.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").ValueKind == JsonValueKind.Number
            ? $"{r.GetProperty("source").GetString()}:{r.GetProperty("line").GetInt64()}"
            : r.GetProperty("source").GetString()!)];
}
