using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed class SerialCommandTests
{
    [Fact]
    public void Serial_DecodesAWindowSerialWithItsRisks()
    {
        CliRun run = CliRun.Invoke("serial", "FOC1837X1Y2", "--model", "AIR-CAP2602I-E-K9", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        GoldenFile.AssertMatches("serial-window.txt", run.Output);
    }

    [Fact]
    public void Serial_ExplainsEveryKindOfSerial()
    {
        CliRun run = CliRun.Invoke("serial", " fcw2104m4n5 ", "9DSJVQZ7O6I", "FOC1853A1B2", "FGL2131A3JS", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        GoldenFile.AssertMatches("serial-kinds.txt", run.Output);
    }

    [Fact]
    public void Serial_InvalidSerial_ExitsOneAndSaysWhy()
    {
        CliRun run = CliRun.Invoke("serial", "FOC1837X1Y2", "FOC1899A1B2", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("FOC1899A1B2  (argument:2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("not a serial: 'FOC1899A1B2' has week 99; weeks run from 01 to 52", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Serial_Json_IsTheAuditReportShape()
    {
        CliRun run = CliRun.Invoke("serial", "FOC1837X1Y2", "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);

        JsonElement device = report.RootElement.GetProperty("devices")[0];
        Assert.Equal("serial:FOC1837X1Y2", device.GetProperty("key").GetString());
        Assert.Equal(2014, device.GetProperty("manufactured").GetProperty("year").GetInt32());
        Assert.Equal(37, device.GetProperty("manufactured").GetProperty("week").GetInt32());
        Assert.Equal("2024-09-10", device.GetProperty("predictedMicExpiry").GetProperty("date").GetString());
        Assert.Equal("critical", device.GetProperty("risk").GetString());
    }

    [Theory]
    [InlineData(new[] { "--controller-release", "garbage" }, "--controller-release 'garbage' is not a controller release: expected AireOS like 8.10.185.0")]
    [InlineData(new[] { "--controller-platform", "9800", "--controller-release", "8.0.100.0" }, "is not a Catalyst 9800 (IOS-XE 16.10 and later) release")]
    [InlineData(new[] { "--controller-platform", "wlc" }, "--controller-platform 'wlc' is not a controller platform: expected one of aireos, 9800")]
    public void Serial_UnusableControllerOption_ExitsOneShowingTheExpectedForms(string[] options, string message)
    {
        CliRun run = CliRun.Invoke(["serial", "FOC1837X1Y2", "--as-of", "2026-11-21", .. options]);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Serial_ControllerPlatformGiven_RemediationIsForThatPlatformOnly()
    {
        CliRun run = CliRun.Invoke("serial", "FOC1837X1Y2", "--model", "AIR-CAP2602I-E-K9", "--as-of", "2026-11-21", "--controller-release", "8.10.185.0", "--format", "json");
        using var report = System.Text.Json.JsonDocument.Parse(run.Output);

        Assert.All(report.RootElement.GetProperty("devices")[0].GetProperty("findings").EnumerateArray(), f =>
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, f.GetProperty("remediation").GetProperty("catalyst9800").ValueKind);
            Assert.Contains("[Controller in use: AireOS 8.10.185.0 (the command line).]", f.GetProperty("remediation").GetProperty("aireOs").GetString(), StringComparison.Ordinal);
        });
    }
}
