using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>Issue 25: what audit concludes says only what its evidence supports, in every format and in the gate.</summary>
public sealed partial class AuditCommandTests
{
    // A typo in the path printed "Verdict: worst risk ok; 0 APs cannot join today".
    [Fact]
    public void Audit_PathThatDoesNotExist_DrawsNoVerdictAndNamesTheNearestFile()
    {
        string typo = Path.Combine(SampleFleet, "inventroy.csv");

        CliRun run = CliRun.Invoke("audit", typo, "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.DoesNotContain("worst risk", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot join", run.Output + run.Error, StringComparison.Ordinal);
        string expected = $"{typo}: no such file or directory (did you mean {Path.Combine(SampleFleet, "inventory.csv")}?)";
        Assert.Equal($"Nothing was read: {expected}; no verdict is drawn.", run.Output.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal($"certinspect: nothing was read: {expected}; no verdict is drawn.\n", run.Error);
    }

    // A file of CA certificates alone (field corpus cert-44: a public root's PEM) said "holds no device", as if it
    // had not been read at all.
    [Fact]
    public void Audit_CaCertificatesAlone_SaysTheyAreReadAndNoDevice()
    {
        string roots = TestData.Path(Path.Combine("certs", "ca", "root-2048.pem"));

        CliRun run = CliRun.Invoke("audit", roots, "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal(
            $"Nothing was read: {roots} holds 1 certificate, no device's: a CA certificate only completes the chains of device certificates given beside it; no verdict is drawn.",
            run.Output.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void Audit_EmptyFolder_SaysItIsEmpty()
    {
        string folder = Directory.CreateTempSubdirectory("certinspect-empty-").FullName;
        try
        {
            CliRun run = CliRun.Invoke("audit", folder, "--as-of", "2026-11-21", "--format", "json");

            Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
            using JsonDocument report = JsonDocument.Parse(run.Output);
            Assert.Equal($"{folder}: an empty folder: no file in it to read (hidden files are skipped)", report.RootElement.GetProperty("summary").GetProperty("nothingRead").GetString());
            Assert.Contains("an empty folder", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    // The HTML page a manager reads said "0 APs cannot join today" and "What to do: Nothing".
    [Fact]
    public void Audit_HtmlOfARunThatReadNothing_SaysSoInItsHeadline()
    {
        using TempFile page = TempFile.Reserve(".html");

        CliRun run = CliRun.Invoke("audit", Path.Combine(SampleFleet, "inventroy.csv"), "--as-of", "2026-11-21", "--format", "html", "--output", page.Path);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        string html = File.ReadAllText(page.Path);
        string headline = html[html.IndexOf("<section id=\"headline\"", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<b>Nothing was read</b>", headline, StringComparison.Ordinal);
        Assert.Contains("inventroy.csv: no such file or directory", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot join", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("What to do", html, StringComparison.Ordinal);
    }

    // The headline counted predictions as certainties, said "today" for any date, and its milestone figures read as
    // increments though they are running totals.
    [Fact]
    public void Audit_HtmlHeadline_SaysTheDateThePredictionsTheRunningTotalsAndTheUnjudged()
    {
        using TempFile page = TempFile.Reserve(".html");

        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "html", "--output", page.Path], "123456\nFOC1837X1Y2\nFCW2104M4N5\n");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        string html = File.ReadAllText(page.Path);
        string headline = html[html.IndexOf("<section id=\"headline\"", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("data-headline=\"cannot-join-today\" data-count=\"1\"><b>1</b> APs cannot join on 2026-11-21<small>On a controller that enforces MIC validity", headline, StringComparison.Ordinal);
        Assert.Contains("1 of them only by the MIC end predicted from the serial", headline, StringComparison.Ordinal);
        Assert.Contains("in all stop by 2027-02-19<small>Within 90 days: a running total from 2026-11-21, which includes the figures before it; do not add them up.", headline, StringComparison.Ordinal);
        Assert.Contains("data-headline=\"unjudged\" data-count=\"1\"", headline, StringComparison.Ordinal);
    }

    // "ok" and "nothing to check" were one word to a gate; unjudged ranks above info and below low.
    [Theory]
    [InlineData("unjudged", ExitCodes.GateFailed)]
    [InlineData("info", ExitCodes.GateFailed)]
    [InlineData("low", ExitCodes.Done)]
    public void Audit_FailOn_CountsUnjudgedDevicesByTheirRank(string failOn, int exitCode)
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--fail-on", failOn], "123456\nFJC2347Q1R2\n");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("2 devices (critical 0, high 0, medium 0, low 0, unjudged 1, info 0, ok 1)", run.Output, StringComparison.Ordinal);
    }

    // The headline said "today" for any --as-of: it says the date unless the run is judged on its own day.
    [Fact]
    public void Audit_Verdict_SaysTodayOnlyWithoutAsOf()
    {
        CliRun today = CliRun.Invoke(["audit", "-"], "FOC1837X1Y2\n");
        CliRun dated = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21"], "FOC1837X1Y2\n");

        Assert.Contains("1 AP cannot join a controller that enforces MIC validity today (predicted from its serial)", today.Output, StringComparison.Ordinal);
        Assert.Contains("1 AP cannot join a controller that enforces MIC validity on 2026-11-21 (predicted from its serial)", dated.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "unjudged,serial.not-date-coded")]
    [InlineData("markdown", "### Unjudged: nothing could be checked")]
    [InlineData("jsonl", "\"unjudgedBecause\":\"nothing to check: serial 123456 is not date-coded")]
    public void Audit_UnjudgedDevice_IsNamedSoInEveryFormat(string format, string expected)
    {
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", format], "123456\n");

        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }
}
