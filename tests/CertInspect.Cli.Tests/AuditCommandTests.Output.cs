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
        Assert.Contains($"wrote {output.Path}: 41 devices, 10 input errors", run.Error, StringComparison.Ordinal);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(output.Path));
        Assert.Equal(41, report.RootElement.GetProperty("devices").GetArrayLength());
    }

    [Fact]
    public void Audit_UnwritableOutput_ExitsOneWithAMessage()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--output", "/no/such/dir/report.json");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("cannot write the report to /no/such/dir/report.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Csv_NeutralisesFormulasFromTheInput()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "csv");

        Assert.Contains(",'=cmd|' /C calc'!A0,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120)]
    public void Audit_TableUnderColumns_FitsItsDeviceRowsAndCutsWithAnEllipsis(int columns)
    {
        var variables = new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        CliRun run = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21"], standardInput: null, variables: variables);
        CliRun wide = CliRun.Invoke(["audit", SampleFleet, "--as-of", "2026-11-21", "--wide"], standardInput: null, variables: variables);
        CliRun unbounded = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21");

        // Device rows: between the heading and the blank line before the input errors, not indented (findings are).
        string[] rows = [.. run.Output.Split('\n').Skip(2).TakeWhile(l => l.Length > 0).Where(l => !l.StartsWith(' '))];
        Assert.Equal(42, rows.Length);
        Assert.All(rows, row => Assert.True(row.Length <= Math.Max(columns, 112), $"{row.Length} characters: {row}"));
        Assert.Contains(rows, row => row.Contains('…', StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("FDO1845A1B2 ", StringComparison.Ordinal));
        Assert.Equal(unbounded.Output, wide.Output);
        Assert.DoesNotContain('…', unbounded.Output);
    }
}
