using System.Globalization;
using System.Text;

namespace CertInspect.Cli.Tests;

/// <summary>
/// Standard output as scripts use it: the built command run by bash with the redirections of cron jobs and CI gates.
/// Every byte written lands where the shell's shared offset says, after what came before it; a reader that closes
/// the pipe ends the run quietly.
/// </summary>
public sealed class StandardOutputTests
{
    private const string AsOf = "--as-of 2026-11-21";

    // Regression (issue 26, point 1): the gate's line on standard error overwrote the report's title and header.
    [LinuxFact]
    public void Gate_WithBothStreamsInOneFile_KeepsTheWholeReportAndThenTheGateLine()
    {
        using var shell = new ShellFolder();
        (_, string report, string gateLine) = shell.Run($"certinspect audit testdata/sample-fleet {AsOf} --fail-on high");

        (int exitCode, _, _) = shell.Run($"certinspect audit testdata/sample-fleet {AsOf} --fail-on high > gate.log 2>&1");

        Assert.Equal(ExitCodes.GateFailed, exitCode);
        Assert.StartsWith("CertInspect audit as of 2026-11-21", report, StringComparison.Ordinal);
        Assert.StartsWith("certinspect: gate failed", gateLine, StringComparison.Ordinal);
        Assert.Equal(report + gateLine, shell.Read("gate.log"));
    }

    // Regression (issue 26, point 1): the report was written over BEFORE, and AFTER over the report's start.
    [LinuxFact]
    public void Serial_BetweenTwoEchoesIntoOneFile_StandsBetweenThem()
    {
        using var shell = new ShellFolder();
        (_, string card, _) = shell.Run($"certinspect serial FOC1837X1Y2 {AsOf}");

        shell.Run($"{{ echo BEFORE; certinspect serial FOC1837X1Y2 {AsOf}; echo AFTER; }} > f");

        Assert.StartsWith("FOC1837X1Y2", card, StringComparison.Ordinal);
        Assert.Equal("BEFORE\n" + card + "AFTER\n", shell.Read("f"));
    }

    [LinuxFact]
    public void Reports_AppendedWithTwoGreaterThanSigns_FollowWhatTheFileHeld()
    {
        using var shell = new ShellFolder();
        (_, string card, _) = shell.Run($"certinspect serial FOC1837X1Y2 {AsOf}");
        (_, string rules, _) = shell.Run("certinspect rules --format csv");

        shell.Run($"echo FIRST > f; certinspect serial FOC1837X1Y2 {AsOf} >> f; certinspect rules --format csv >> f 2>&1; echo LAST >> f");

        Assert.Equal("FIRST\n" + card + rules + "LAST\n", shell.Read("f"));
    }

    // Regression (issue 26, point 5): "… | head" exited 1 with "Broken pipe".
    [LinuxFact]
    public void Audit_IntoAPipeItsReaderCloses_EndsQuietlyWithExitZero()
    {
        using var shell = new ShellFolder();
        // Megabytes of JSON: far more than a pipe holds, so the writes after head's exit meet the closed pipe.
        const string Base34 = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var inventory = new StringBuilder("Serial,AP Name\n");
        for (int i = 0; i < 3000; i++)
        {
            inventory.Append(CultureInfo.InvariantCulture, $"FOC18{37 + (i % 8)}00{Base34[i / 34 % 34]}{Base34[i % 34]},AP-{i}\n");
        }

        File.WriteAllText(Path.Combine(shell.Path, "inventory.csv"), inventory.ToString());

        (int exitCode, string output, string error) = shell.Run(
            $"certinspect audit inventory.csv {AsOf} --format json | head -n 2; status=(\"${{PIPESTATUS[@]}}\"); echo \"exit ${{status[0]}}\"");

        Assert.Equal(0, exitCode);
        Assert.Equal("{\n  \"schemaVersion\": 3,\nexit 0\n", output);
        Assert.Equal(string.Empty, error);
    }

    [LinuxTheory]
    [InlineData("serial FOC1837X1Y2 --as-of 2026-11-21")]
    [InlineData("rules")]
    [InlineData("audit testdata/sample-fleet --as-of 2026-11-21")]
    [InlineData("audit --help")]
    public void Commands_IntoAPipeClosedAtOnce_EndQuietlyWithExitZero(string arguments)
    {
        using var shell = new ShellFolder();

        (_, string output, string error) = shell.Run($"certinspect {arguments} | true; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal("exit 0\n", output);
        Assert.Equal(string.Empty, error);
    }
}
