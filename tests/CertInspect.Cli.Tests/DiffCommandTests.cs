using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>certinspect diff on two audits of the sample fleet: 2026-11-21 and 2027-06-01.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly TempFile _before = TempFile.Reserve(".json");
    private readonly TempFile _after = TempFile.Reserve(".json");

    public DiffCommandTests()
    {
        Assert.Equal(0, CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json", "--output", _before.Path).ExitCode);
        Assert.Equal(0, CliRun.Invoke("audit", SampleFleet, "--as-of", "2027-06-01", "--format", "json", "--output", _after.Path).ExitCode);
    }

    [Fact]
    public void Diff_LaterAudit_ShowsRiskRaisedWithTheFindingsThatChanged_AndExits2()
    {
        CliRun run = CliRun.Invoke("diff", _before.Path, _after.Path, "--format", "json");
        using JsonDocument diff = JsonDocument.Parse(run.Output);
        JsonElement counts = diff.RootElement.GetProperty("counts");
        JsonElement[] changes = [.. diff.RootElement.GetProperty("changes").EnumerateArray()];

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.Contains("3 devices got worse", run.Error, StringComparison.Ordinal);
        Assert.Equal((3, 0, 0, 0, 38), (counts.GetProperty("riskRaised").GetInt32(), counts.GetProperty("new").GetInt32(), counts.GetProperty("riskLowered").GetInt32(), counts.GetProperty("gone").GetInt32(), counts.GetProperty("unchanged").GetInt32()));
        JsonElement expired = Assert.Single(changes, c => c.GetProperty("serial").GetString() == "FCW2103C1D2");
        Assert.Equal(("risk-raised", "high", "critical"), (expired.GetProperty("change").GetString(), expired.GetProperty("oldRisk").GetString(), expired.GetProperty("newRisk").GetString()));
        Assert.Equal("mic.expired", Assert.Single(expired.GetProperty("appeared").EnumerateArray()).GetProperty("rule").GetString());
        Assert.Equal("mic.expiring", Assert.Single(expired.GetProperty("resolved").EnumerateArray()).GetProperty("rule").GetString());
        JsonElement regraded = Assert.Single(changes.Single(c => c.GetProperty("serial").GetString() == "FCW2120N5P6").GetProperty("regraded").EnumerateArray());
        Assert.Equal(("mic.predicted-expiry", "medium", "critical"), (regraded.GetProperty("rule").GetString(), regraded.GetProperty("previousSeverity").GetString(), regraded.GetProperty("severity").GetString()));
    }

    // Issue 25: a report written before the risk "unjudged" (schema 2) called such devices "ok" or "info"; against a
    // new report they are the same devices, unchanged, and said to be renamed.
    [Fact]
    public void Diff_OlderReportsOkAndInfo_AreUnjudgedNowWithoutCountingAsWorse()
    {
        using TempFile old = TempFile.WithText("""
            {
              "schemaVersion": 2,
              "asOf": "2026-11-01",
              "devices": [
                {"key":"serial:123456","serial":"123456","risk":"info","findings":[{"rule":"serial.not-date-coded","severity":"info"}]},
                {"key":"mac:70:db:98:11:22:33","serial":null,"name":"WEST-AP-1","risk":"ok","findings":[]},
                {"key":"name:WLC-WEST","serial":null,"name":"WLC-WEST","risk":"ok","findings":[]}
              ]
            }
            """);
        using TempFile summary = TempFile.WithText("""
            (WLC-WEST) >show ap summary

            AP Name             Slots  AP Model              Ethernet MAC       Location          Country  IP Address       Clients
            ------------------  -----  --------------------  -----------------  ----------------  -------  ---------------  -------
            WEST-AP-1            2     AIR-AP2802I-E-K9      70:db:98:11:22:33  default location  DE       10.2.0.11          0
            """, ".txt");
        using TempFile now = TempFile.Reserve(".json");
        Assert.Equal(0, CliRun.Invoke(["audit", "-", summary.Path, "--as-of", "2026-11-21", "--format", "json", "--output", now.Path], "123456\n").ExitCode);

        CliRun run = CliRun.Invoke("diff", old.Path, now.Path, "--fail-on", "info");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("0 risk raised, 0 new, 0 with findings changed, 0 risk lowered, 0 gone, 3 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 unchanged devices are 'unjudged' now and 'ok' or 'info' in the old report, written before that risk existed (schema 2)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_TheOtherWayRound_IsBetter_AndExits0()
    {
        CliRun run = CliRun.Invoke("diff", _after.Path, _before.Path);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("0 risk raised, 0 new, 0 with findings changed, 3 risk lowered, 0 gone, 38 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Contains("critical → high", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("critical", ExitCodes.GateFailed)]
    [InlineData("info", ExitCodes.GateFailed)]
    public void Diff_FailOn_GatesAtTheSeverity(string failOn, int expected)
    {
        Assert.Equal(expected, CliRun.Invoke("diff", _before.Path, _after.Path, "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void Diff_FailOn_ARiseBelowTheThreshold_Passes()
    {
        // Built 2017-W20: its MIC, predicted to end in May 2027, is beyond every horizon on 2024-01-01 (ok) and within
        // 365 days on 2026-11-21 (medium): a rise, below critical.
        using TempFile before = TempFile.Reserve(".json");
        using TempFile after = TempFile.Reserve(".json");
        CliRun.Invoke(["audit", "-", "--as-of", "2024-01-01", "--format", "json", "--output", before.Path], "FCW2120N5P6\n");
        CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "json", "--output", after.Path], "FCW2120N5P6\n");

        Assert.Equal(ExitCodes.Done, CliRun.Invoke("diff", before.Path, after.Path, "--fail-on", "critical").ExitCode);
        Assert.Equal(ExitCodes.GateFailed, CliRun.Invoke("diff", before.Path, after.Path, "--fail-on", "low").ExitCode);
    }

    [Fact]
    public void Diff_SameAudit_NothingChanged()
    {
        CliRun run = CliRun.Invoke("diff", _before.Path, _before.Path);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("0 risk raised, 0 new, 0 with findings changed, 0 risk lowered, 0 gone, 41 unchanged; 0 findings appeared, 0 resolved.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_NewAndGoneDevices()
    {
        using TempFile before = TempFile.Reserve(".json");
        using TempFile after = TempFile.Reserve(".json");
        CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "json", "--output", before.Path], "FOC1837X1Y2\nFGL2131A3JS\n");
        CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "json", "--output", after.Path], "FGL2131A3JS\nFCW1410A1B2\n");

        CliRun run = CliRun.Invoke("diff", before.Path, after.Path, "--format", "csv");

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.Equal(
            ["change,key,serial,name,site,old_risk,new_risk,appeared,resolved,regraded",
             "new,serial:FCW1410A1B2,FCW1410A1B2,,,,critical,mic.predicted-expiry:critical,,",
             "gone,serial:FOC1837X1Y2,FOC1837X1Y2,,,critical,,,cscur43050.window:medium;mic.predicted-expiry:critical,"],
            run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Diff_JsonLinesAndReindentedJson_ReadLikeTheReport()
    {
        using TempFile lines = TempFile.Reserve(".jsonl");
        using TempFile reindented = TempFile.Reserve(".json");
        CliRun.Invoke("audit", SampleFleet, "--as-of", "2027-06-01", "--format", "jsonl", "--output", lines.Path);
        using (JsonDocument report = JsonDocument.Parse(File.ReadAllText(_after.Path)))
        {
            File.WriteAllText(reindented.Path, JsonSerializer.Serialize(report.RootElement, Indented));
        }

        string expected = CliRun.Invoke("diff", _before.Path, _after.Path, "--format", "csv").Output;

        Assert.Contains("risk-raised,serial:FCW2103C1D2", expected, StringComparison.Ordinal);
        Assert.Equal(expected, CliRun.Invoke("diff", _before.Path, lines.Path, "--format", "csv").Output);
        Assert.Equal(expected, CliRun.Invoke("diff", _before.Path, reindented.Path, "--format", "csv").Output);
    }

    [Fact]
    public void Diff_Markdown_IsATable()
    {
        CliRun run = CliRun.Invoke("diff", _before.Path, _after.Path, "--format", "markdown");

        Assert.Contains("| Change | Device | Site | Risk | Findings |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| risk-raised | FCW2103C1D2 (BR-06) | Branch | high → critical | +mic.expired -mic.expiring |", run.Output, StringComparison.Ordinal);
    }

    // Regression (issue 21): "diff README.md README.md" showed System.Text.Json's "'#' is an invalid start of a
    // value. LineNumber: 0 | BytePositionInLine: 0".
    [Fact]
    public void Diff_NotAReport_SaysWhatDiffReads()
    {
        using TempFile text = TempFile.WithText("# notes\n", ".md");

        CliRun run = CliRun.Invoke("diff", _before.Path, text.Path);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal($"certinspect: {text.Path}: not a CertInspect report (not JSON at line 1): diff reads the reports of certinspect audit --format json or --format jsonl.\n", run.Error);
    }

    [Fact]
    public void Diff_JsonThatIsNoReport_SaysWhatDiffReads()
    {
        CliRun run = CliRun.Invoke("diff", TestData.Path("acceptance", "po-4500012345.json"), _after.Path);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.EndsWith("po-4500012345.json: not a CertInspect report (JSON without a \"devices\" list): diff reads the reports of certinspect audit --format json or --format jsonl.\n", run.Error, StringComparison.Ordinal);
    }

    // Regression (issue 26, point 6): .NET's "Could not find file" and, for a folder, "Access to the path is denied".
    [Fact]
    public void Diff_MissingFileAndFolder_SaySoInWords()
    {
        string missing = _before.Path + ".missing";
        string folder = Path.GetDirectoryName(_before.Path)!;

        CliRun noFile = CliRun.Invoke("diff", missing, _after.Path);
        CliRun aFolder = CliRun.Invoke("diff", _before.Path, folder);

        Assert.Equal((ExitCodes.UsageOrNothingReadable, $"certinspect: {missing}: no such file\n"), (noFile.ExitCode, noFile.Error));
        Assert.Equal(
            (ExitCodes.UsageOrNothingReadable, $"certinspect: {folder}: is a folder: diff reads the reports of certinspect audit --format json or --format jsonl.\n"),
            (aFolder.ExitCode, aFolder.Error));
    }

    // Regression (issue 26, point 6): "diff NEW OLD" passed a gate in silence, every rise read as a fall.
    [Fact]
    public void Diff_ArgumentsSwapped_WarnsThatOldIsTheLaterAudit()
    {
        CliRun swapped = CliRun.Invoke("diff", _after.Path, _before.Path, "--fail-on", "high");
        CliRun inOrder = CliRun.Invoke("diff", _before.Path, _after.Path);

        Assert.Equal(ExitCodes.Done, swapped.ExitCode);
        Assert.Equal(
            $"certinspect: warning: OLD {_after.Path} is as of 2027-06-01, later than NEW {_before.Path} (2026-11-21): were they given the wrong way round? diff OLD NEW compares an audit with a later one.\n",
            swapped.Error);
        Assert.DoesNotContain("warning", inOrder.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _before.Dispose();
        _after.Dispose();
    }
}
