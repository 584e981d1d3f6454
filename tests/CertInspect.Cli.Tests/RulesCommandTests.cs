using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed class RulesCommandTests
{
    private static readonly string[] StableRuleIds =
    [
        "serial.not-date-coded", "serial.undocumented-week", "serial.duplicate", "cscur43050.window",
        "fn63916.wider-window", "mic.predicted-expiry", "controller.mic-predicted-expiry", "fn72524.image-signing",
        "mic.expired", "mic.expiring", "ssc.expired", "web.cert-expired", "cert.ended-not-wireless", "cert.other-ended", "lsc.expired", "lsc.expiring", "cert.not-yet-valid", "cert.nonconformant", "chain.incomplete",
        "chain.bad-signature", "chain.impostor-ca", "chain.sha1", "chain.mixed", "ca.expiring", "trusted.ca-ends", "trusted.ca-md5", "trusted.ca-sha1", "mic.sha1-and-sha2", "cscur43050.sha2-mic-invalid",
        "identity.prediction-mismatch", "identity.two-names", "identity.serial-on-two-macs", "identity.serial-mismatch",
        "identity.model-mismatch", "identity.capture-serial-mismatch",
        "cscur43050.confirmed",
        "cscur43050.ruled-out",
        "cscur43050.trigger-release",
        "cscur43050.controller-release",
        "controller.cert-expired",
        "controller.cert-expiring",
        "cert.ambiguous-time",
        "controller.ap-not-joined",
        "log.ap-certificate-rejected", "log.controller-certificate-rejected",
        "log.controller-certificate-expired", "log.ap-certificate-expired", "log.unnamed-ap-certificate-expired", "log.mic-not-verified",
        "log.cscur43050",
        "log.dtls-no-answer",
        "log.dtls-handshake-failure", "log.dtls-session-ended", "log.dtls-certificate-refused", "log.dtls-stated-reason",
        "log.image-download-failed", "log.discovery-failed", "log.join-failed", "log.image-refused", "log.dtls-table-full",
        "log.clock",
        "log.no-certificate",
        "log.ssc-not-authorised",
        "log.fn72524",
    ];

    [Fact]
    public void Rules_Json_ListsTheStableIdsWithTheirSources()
    {
        CliRun run = CliRun.Invoke("rules", "--format", "json");
        using JsonDocument list = JsonDocument.Parse(run.Output);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(StableRuleIds, list.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var sourceIds = list.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        foreach (JsonElement rule in list.RootElement.GetProperty("rules").EnumerateArray())
        {
            Assert.Equal(["id", "kind", "severity", "enabled", "title", "detail", "remediation", "sources"], rule.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("remediation").GetProperty("aireOs").GetString()));
            Assert.All(rule.GetProperty("sources").EnumerateArray(), s => Assert.Contains(s.GetString(), sourceIds));
        }

        Assert.StartsWith("built-in ", list.RootElement.GetProperty("versions")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Table_ShowsVersionsRulesAndSources()
    {
        CliRun run = CliRun.Invoke("rules");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.StartsWith("Rules data: built-in ", run.Output, StringComparison.Ordinal);
        Assert.All(StableRuleIds, id => Assert.Contains(id, run.Output, StringComparison.Ordinal));
        Assert.Contains("FN-63916 [confirmed]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Override_CanDisableARule()
    {
        using TempFile rules = TempFile.WithText("""
            { "schema": 1, "version": "quiet", "rules": [ { "id": "fn72524.image-signing", "kind": "model-date", "title": "off here",
              "severity": "medium", "enabled": false, "effectiveDate": "2022-12-04", "families": ["2600"],
              "remediation": { "aireOs": "-", "catalyst9800": "-" } } ] }
            """);

        CliRun list = CliRun.Invoke("rules", "--rules", rules.Path);
        CliRun audit = CliRun.Invoke("serial", "FOC1837X1Y2", "--model", "AIR-CAP2602I-E-K9", "--as-of", "2026-11-21", "--rules", rules.Path);

        Assert.Contains("disabled", list.Output, StringComparison.Ordinal);
        Assert.Contains($"{rules.Path} quiet", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fn72524", audit.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Csv_IsTheLegend_OneRowPerRuleWithDetailAndBothRemediations()
    {
        CliRun run = CliRun.Invoke("rules", "--format", "csv");
        using var reader = new StringReader(run.Output);
        using CsvHelper.CsvReader csv = CsvHelper.CsvReader.Create(reader, CsvHelper.CsvReaderOptions.Default, leaveOpen: true);
        var rows = new List<(string Id, string Detail, string AireOs, string Catalyst9800)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString(0)!, csv.GetString(5)!, csv.GetString(6)!, csv.GetString(7)!));
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["id", "kind", "severity", "enabled", "title", "detail", "remediation_aireos", "remediation_catalyst9800", "sources"], csv.Headers);
        Assert.Equal(StableRuleIds.Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        var mic = rows.Single(r => r.Id == "mic.predicted-expiry");
        Assert.Equal("An AP whose MIC has expired cannot join a controller that enforces MIC validity.", mic.Detail);
        Assert.StartsWith("'config ap cert-expiry-ignore mic enable'", mic.AireOs, StringComparison.Ordinal);
        Assert.StartsWith("There is no cert-expiry-ignore on Catalyst 9800", mic.Catalyst9800, StringComparison.Ordinal);
    }
}
