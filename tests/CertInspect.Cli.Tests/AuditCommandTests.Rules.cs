using System.Text.Json;
using CertInspect.Rules;

namespace CertInspect.Cli.Tests;

/// <summary>audit with --rules: overrides that take effect, and files that are refused with a message.</summary>
public sealed partial class AuditCommandTests
{
    [Fact]
    public void Audit_RulesOverride_ChangesAWindowAndAddsAPlaceholder()
    {
        using TempFile rules = TempFile.WithText("""
            {
              "schema": 1,
              "version": "site-1",
              "rules": [
                {
                  "id": "fn63916.wider-window", "kind": "manufacture-window", "title": "Site policy: all of 2014 H2",
                  "severity": "high", "window": { "yearCode": 18, "fromWeek": 27, "toWeek": 52 },
                  "unknownModelSeverity": "high",
                  "remediation": { "aireOs": "Replace.", "catalyst9800": "Replace." }
                }
              ]
            }
            """);

        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "json", "--rules", rules.Path], "FOC1850A1B2\n");
        using JsonDocument report = JsonDocument.Parse(run.Output);

        Assert.Equal([RuleSetLoader.LoadBuiltIn().Versions[0], $"{rules.Path} site-1"], report.RootElement.GetProperty("rulesVersions").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(
            report.RootElement.GetProperty("devices")[0].GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "fn63916.wider-window" && f.GetProperty("severity").GetString() == "high");
    }

    [Theory]
    [InlineData("{ \"schema\": 1, \"version\": \"x\", \"rules\": [ { \"id\": \"a\", \"kind\": \"telepathy\", \"title\": \"t\", \"severity\": \"low\", \"remediation\": { \"aireOs\": \"\", \"catalyst9800\": \"\" } } ] }", "kind 'telepathy'")]
    [InlineData("{ \"schema\": 2, \"version\": \"x\" }", "schema 2 is not supported")]
    [InlineData("{ \"schema\": 1, \"version\": \"x\", \"rules\": [ { \"id\": \"a\" ", "not a valid rules file")]
    [InlineData("{ \"schema\": 1, \"version\": \"x\", \"rules\": [ { \"id\": \"a\", \"kind\": \"model-date\", \"title\": \"t\", \"severity\": \"low\", \"families\": [\"9999\"], \"effectiveDate\": \"2030-01-01\", \"remediation\": { \"aireOs\": \"\", \"catalyst9800\": \"\" } } ] }", "model family '9999'")]
    [InlineData("{ \"schema\": 1, \"version\": \"x\", \"rules\": [ { \"id\": \"a\", \"kind\": \"model-date\", \"title\": \"t\", \"severity\": \"urgent\" } ] }", "line 1: 'rules[0].severity' should be one of info, low, medium, high, critical; got 'urgent'")]
    [InlineData("{ \"schema\": 1, \"version\": \"x\", \"rules\": [ { \"id\": \"a\", \"kind\": \"model-date\", \"title\": \"t\", \"severty\": \"low\" } ] }", "line 1: 'severty' is not a member of rules[0] (id 'a'); did you mean 'severity'?")]
    public void Audit_BadRulesFile_ExitsOneNamingTheProblem(string content, string expected)
    {
        using TempFile rules = TempFile.WithText(content);

        CliRun run = CliRun.Invoke("audit", SampleFleet, "--rules", rules.Path);

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains(rules.Path, run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"System\.|CertInspect\.", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Audit_JoinStats_ReportsEachNotJoinedApWithItsDtlsFailuresAndNeverCallsItOk()
    {
        JsonElement[] devices = AuditedDevices("wlc-aireos-join-stats.txt");

        JsonElement dock = Named(devices, "AP-DOCK-1");
        Assert.Equal("medium", dock.GetProperty("risk").GetString());
        JsonElement[] findings = [.. dock.GetProperty("findings").EnumerateArray()];
        Assert.Equal(["controller.ap-not-joined", "log.dtls-handshake-failure"], findings.Select(f => f.GetProperty("rule").GetString()));
        JsonElement finding = findings[0];
        Assert.Contains("WLC-EDGE lists this AP as 'Not Joined'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", Named(devices, "AP-LOBBY-7").GetProperty("risk").GetString());
    }

    [Fact]
    public void Audit_9800JoinSummary_NotJoinedFindingSaysTheLastFailure()
    {
        JsonElement[] devices = AuditedDevices("wlc-9800-ha-pair.txt");

        JsonElement finding = Assert.Single(Named(devices, "HQ-AP-11").GetProperty("findings").EnumerateArray());
        Assert.Equal("controller.ap-not-joined", finding.GetProperty("rule").GetString());
        Assert.Contains("WLC-HA lists this AP as 'Not Joined'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("its last failed join: Dtls: DTLS handshake failure", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", Named(devices, "HQ-AP-12").GetProperty("risk").GetString());
    }

    // The devices of the JSON report on one capture of testdata/captures (cloned: the document is disposed).
    private static JsonElement[] AuditedDevices(string capture)
    {
        CliRun run = CliRun.Invoke("audit", TestData.Path("captures", capture), "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument report = JsonDocument.Parse(run.Output);
        return [.. report.RootElement.GetProperty("devices").EnumerateArray().Select(d => d.Clone())];
    }

    private static JsonElement Named(JsonElement[] devices, string name) =>
        Assert.Single(devices, d => d.GetProperty("name").GetString() == name);
}
