using System.Diagnostics;
using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>Never a hang, never a stack trace on output failure, never a cut-off report.</summary>
public sealed class OutputFailureTests
{
    [LinuxFact]
    public void Audit_DirectoryHoldingAFifo_SkipsItWithoutOpeningIt()
    {
        // Regression: "audit DIR" blocked forever opening a FIFO in DIR.
        string folder = Directory.CreateTempSubdirectory("certinspect-fifo-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "spares.txt"), "FOC1837X1Y2\n");
            using (Process mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe")))
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            Task<CliRun> run = Task.Run(() => CliRun.Invoke("audit", folder, "--as-of", "2026-11-21", "--format", "json"));
            Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "audit hung on a FIFO");

            using JsonDocument report = JsonDocument.Parse(run.Result.Output);
            Assert.Contains(report.RootElement.GetProperty("inputErrors").EnumerateArray(), e =>
                e.GetProperty("source").GetString()!.EndsWith("/pipe", StringComparison.Ordinal)
                && e.GetProperty("message").GetString() == "skipped: a FIFO, not a regular file");
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("devices").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [LinuxFact]
    public void Audit_OutputToAFullDevice_SaysSoInOneLineAndExitsOne()
    {
        CliRun run = CliRun.Invoke("audit", TestData.Path("sample-fleet", "spares.txt"), "--as-of", "2026-11-21", "--output", "/dev/full");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.StartsWith("certinspect: cannot write the report to /dev/full: No space left on device", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_FailingHalfway_LeavesTheLastGoodReportWhole()
    {
        string folder = Directory.CreateTempSubdirectory("certinspect-report-").FullName;
        string report = Path.Combine(folder, "audit.csv");
        try
        {
            File.WriteAllText(report, "the last good report\n");
            using var error = new StringWriter();

            bool written = ReportOutput.TryWrite(
                output =>
                {
                    output.Write("half a report");
                    throw new IOException("No space left on device");
                },
                report,
                TextWriter.Null,
                error);

            Assert.False(written);
            Assert.Equal("the last good report\n", File.ReadAllText(report));
            Assert.Equal([report], Directory.GetFiles(folder));
            Assert.StartsWith($"certinspect: cannot write the report to {report}: No space left on device", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
