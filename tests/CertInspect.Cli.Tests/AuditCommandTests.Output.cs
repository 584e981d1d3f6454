using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>audit's output: to a file with a summary on standard error, refused paths, CSV cells made safe.</summary>
public sealed partial class AuditCommandTests
{
    [Fact]
    public void Audit_Output_WritesTheFileAndSummarisesOnStandardError()
    {
        using TempFile output = TempFile.Reserve(".json");

        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json", "--output", output.Path);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(output.Path));
        Assert.Equal(41, report.RootElement.GetProperty("devices").GetArrayLength());
        int cannotJoin = report.RootElement.GetProperty("summary").GetProperty("outlook").GetProperty("cannotJoinToday").GetInt32();
        Assert.StartsWith($"certinspect: worst risk critical; {cannotJoin} APs cannot join a controller that enforces MIC validity on 2026-11-21 (", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"; wrote {output.Path} (41 devices, 10 input errors).\n", run.Error, StringComparison.Ordinal);
    }

    // Regression (issue 26, point 6): the message named the temporary ".partial" file beside the report, after the run.
    [Fact]
    public void Audit_OutputIntoAMissingFolder_NamesTheFolderBeforeAnythingRuns()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"certinspect-{Guid.NewGuid():N}");
        string report = Path.Combine(folder, "audit.xlsx");

        CliRun run = CliRun.Invoke("audit", SampleFleet, "--output", report);
        using var error = new StringWriter();
        bool written = ReportOutput.TryWrite(_ => { }, report, TextWriter.Null, error);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal($"certinspect audit: --output {report}: no such folder {folder}/\nsee 'certinspect audit --help'\n", run.Error);
        Assert.False(written);
        Assert.Equal($"certinspect: cannot write the report to {report}: no such folder {folder}/\n", error.ToString());
        Assert.False(Directory.Exists(folder));
    }

    // Regression (issue 21): the table's last line listed counts by severity only.
    [Fact]
    public void Audit_TableOnATerminal_EndsWithTheVerdictInWords()
    {
        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21"], standardInput: null, terminal: true, noColor: true);

        string last = run.Output.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith($"Verdict: worst risk critical; {CannotJoinToday()} APs cannot join a controller that enforces MIC validity on 2026-11-21 (", last, StringComparison.Ordinal);
        Assert.EndsWith("; the report is above.", last, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Audit_OtherFormatOnATerminal_EndsWithTheVerdictOnStandardError()
    {
        CliRun onTerminal = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv"], standardInput: null, terminal: true);
        CliRun piped = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv");

        Assert.StartsWith($"certinspect: worst risk critical; {CannotJoinToday()} APs cannot join a controller that enforces MIC validity on 2026-11-21 (", onTerminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("; the csv report is above.\n", onTerminal.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, piped.Error);
        Assert.Equal(piped.Output, onTerminal.Output);
    }

    private static int CannotJoinToday()
    {
        using JsonDocument report = JsonDocument.Parse(CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json").Output);
        return report.RootElement.GetProperty("summary").GetProperty("outlook").GetProperty("cannotJoinToday").GetInt32();
    }

    [Fact]
    public void Audit_UnwritableOutput_ExitsOneWithAMessage()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--output", "/no/such/dir/report.json");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("--output /no/such/dir/report.json: no such folder /no/such/dir/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Csv_NeutralisesFormulasFromTheInput()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv");

        Assert.Contains(",'=cmd|' /C calc'!A0,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", run.Output, StringComparison.Ordinal);
    }

    // Regression (issue 21): below about 112 columns the device rows were longer than the terminal and wrapped, and
    // finding lines ran to 300 characters.
    [Theory]
    [InlineData(80, "name, model, type, site, rules")]
    [InlineData(100, "name, model, type, site")]
    [InlineData(140, "model, type, site")]
    public void Audit_TableUnderColumns_FitsEveryLineLeavingOutWholeColumnsAndSaysWhich(int columns, string leftOut)
    {
        var variables = new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21"], standardInput: null, variables: variables);
        CliRun json = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json");

        string[] lines = run.Output.Split('\n');
        string[] rows = DeviceRows(run.Output);
        Assert.Equal(42, rows.Length);
        Assert.All(rows, row => Assert.True(row.Length <= columns, $"{row.Length} characters: {row}"));
        Assert.All(lines, line => Assert.True(line.Length <= columns || !line.Trim().Contains(' ', StringComparison.Ordinal), $"{line.Length} characters: {line}"));
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Left out to fit {columns} columns: {leftOut} (--wide shows every"), run.Output.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        // Never a serial or a date cut: each device's serial (or what else it is known by) and dates stand whole in its row.
        using JsonDocument report = JsonDocument.Parse(json.Output);
        foreach (JsonElement device in report.RootElement.GetProperty("devices").EnumerateArray())
        {
            string known = device.GetProperty("serial").GetString() ?? device.GetProperty("name").GetString() ?? device.GetProperty("mac").GetString()!;
            string row = Assert.Single(rows, r => r.Split("  ", 3, StringSplitOptions.RemoveEmptyEntries)[1] == known);
            if (device.GetProperty("predictedMicExpiry") is { ValueKind: JsonValueKind.Object } predicted)
            {
                Assert.Contains($"  {predicted.GetProperty("date").GetString()}  ", row, StringComparison.Ordinal);
            }
        }

        // Findings wrap under their first line, with a hanging indent.
        string[] table = [.. lines.Skip(2).TakeWhile(l => l.Length > 0)];
        Assert.Contains(table, line => line.StartsWith("        ", StringComparison.Ordinal) && !line.StartsWith("         ", StringComparison.Ordinal));
        Assert.All(table.Where(l => l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("        ", StringComparison.Ordinal)), finding => Assert.Matches("^    (critical|high|medium|low|info|ok:|unjudged:) ", finding));
    }

    [Fact]
    public void Audit_TableAt80Columns_MatchesGolden()
    {
        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21"], standardInput: null, variables: new Dictionary<string, string> { ["COLUMNS"] = "80" });

        GoldenFile.AssertMatches("sample-fleet.table-80.txt", TestData.Scrub(run.Output));
    }

    [Fact]
    public void Audit_TableWide_IsEveryColumnWholeOnOneLine()
    {
        CliRun wide = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--wide"], standardInput: null, variables: new Dictionary<string, string> { ["COLUMNS"] = "80" });
        CliRun unbounded = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21");

        Assert.Equal(unbounded.Output, wide.Output);
        Assert.DoesNotContain('…', wide.Output);
        Assert.DoesNotContain("Left out", wide.Output, StringComparison.Ordinal);
        Assert.StartsWith("RISK      DEVICE             NAME                MODEL                      TYPE        SITE       BUILT", DeviceRows(wide.Output)[0], StringComparison.Ordinal);
    }

    // Regression (issue 26, point 8): a capture's APs, known by name and MAC, showed as "mac:…" and "name:…" keys
    // under SERIAL beside four date columns empty for every row, while NAME, MODEL and TYPE were left out.
    [Fact]
    public void Audit_TableAt80Columns_ShowsWhatEachDeviceIsKnownByAndLeavesOutEmptyColumnsFirst()
    {
        var variables = new Dictionary<string, string> { ["COLUMNS"] = "80" };

        CliRun captured = CliRun.Invoke(["audit", TestData.Path("captures", "wlc-aireos-join-stats.txt"), "--as-of", "2026-11-21"], standardInput: null, variables: variables);
        CliRun all = CliRun.Invoke(["audit", TestData.Path("captures"), SampleFleet, "--as-of", "2026-11-21"], standardInput: null, variables: variables);

        Assert.Equal(
            ["RISK      DEVICE      TYPE        RULES", "high      AP-STORE-2  ap          log.clock,controller.ap-not-joined,log.dtls-h…", "medium    AP-DOCK-1   ap          controller.ap-not-joined,log.dtls-handshake-f…", "unjudged  WLC-EDGE    controller", "ok        AP-LOBBY-7  ap"],
            DeviceRows(captured.Output));
        Assert.DoesNotContain("Left out", captured.Output, StringComparison.Ordinal);
        Assert.All(DeviceRows(all.Output), row => Assert.DoesNotMatch("  (serial|mac|name|cert|capture):", row));
        Assert.Contains(DeviceRows(all.Output), row => row.StartsWith("critical  LAB-AP-12  ", StringComparison.Ordinal));
        Assert.Contains(DeviceRows(all.Output), row => row.StartsWith("critical  00:11:22:33:44:ab  ", StringComparison.Ordinal));
    }

    // Device rows: between the heading and the blank line after the table, neither indented (findings are) nor the
    // note of the columns left out.
    private static string[] DeviceRows(string table) =>
        [.. table.Split('\n').Skip(2).TakeWhile(l => l.Length > 0).Where(l => !l.StartsWith(' ') && !l.StartsWith("Left out", StringComparison.Ordinal))];
}
