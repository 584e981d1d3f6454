using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed class ParseCommandTests
{
    private static readonly string Captures = TestData.Path("captures");

    public static TheoryData<string> CaptureFiles() =>
        [.. Directory.GetFiles(TestData.Path("captures"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CaptureFiles))]
    public void Parse_EachCapture_MatchesItsGolden(string capture)
    {
        CliRun run = CliRun.Invoke("parse", $"{Captures}/{capture}.txt", "--as-of", "2026-11-21", "--format", "json");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        GoldenFile.AssertMatches($"parse-{capture}.json", TestData.Scrub(run.Output));
    }

    [Fact]
    public void Parse_Table_ShowsCommandsDevicesAndDiagnostics()
    {
        CliRun run = CliRun.Invoke("parse", $"{Captures}/wlc-9800.txt", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        GoldenFile.AssertMatches("parse-wlc-9800.txt", TestData.Scrub(run.Output));
    }

    [Fact]
    public void Parse_StandardInput_AndTextWithNothingRecognised()
    {
        CliRun recognised = CliRun.Invoke(["parse", "-", "--format", "json"], "(WLC-1) >show sysinfo\nProduct Version.................................. 8.0.100.0\n");
        using JsonDocument json = JsonDocument.Parse(recognised.Output);
        Assert.Equal(ExitCodes.Done, recognised.ExitCode);
        Assert.Equal("8.0.100.0", json.RootElement.GetProperty("captures")[0].GetProperty("devices")[0].GetProperty("release").GetProperty("value").GetString());

        CliRun nothing = CliRun.Invoke(["parse", "-"], "hello\nworld\n");
        Assert.Equal(ExitCodes.UsageOrNothingReadable, nothing.ExitCode);
        Assert.Contains("line 1: not recognised: hello", nothing.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", nothing.Error, StringComparison.Ordinal);
    }

    // Regression (issue 26, point 6): "parse /bin/ls" exited 0 with a device named "ELF".
    [Fact]
    public void Parse_BinaryFile_IsRefusedAsAuditRefusesIt()
    {
        using TempFile program = TempFile.WithBytes([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, (byte)'\n', (byte)'A', (byte)'P', (byte)'#'], ".bin");

        CliRun run = CliRun.Invoke("parse", program.Path, $"{Captures}/wlc-9800.txt", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal($"certinspect: {program.Path}: binary data (a NUL byte at byte offset 7): parse reads console captures, which are text\n", run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(TestData.Path("captures", "wlc-9800.txt"), Assert.Single(json.RootElement.GetProperty("captures").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public void Parse_MissingFile_SaysSoWithoutAStackTrace()
    {
        CliRun run = CliRun.Invoke("parse", $"{Captures}/no-such-capture.txt");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("no-such-capture.txt", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
