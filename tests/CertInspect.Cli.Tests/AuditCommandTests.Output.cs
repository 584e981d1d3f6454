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
}
