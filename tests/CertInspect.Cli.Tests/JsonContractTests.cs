using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// The JSON report is a contract (docs/reports.md, "JSON report"): its schema version, its properties and their order, the
/// rules section that holds each rule's prose once, and JSON Lines, which carries the same records one per line.
/// A change here is a change of the schema version and of docs/reports.md.
/// </summary>
public sealed class JsonContractTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    [Fact]
    public void Json_KeepsTheContractsPropertiesAndOrder()
    {
        using JsonDocument report = JsonDocument.Parse(Audit("json").Output);
        JsonElement root = report.RootElement;

        Assert.Equal(["schemaVersion", "asOf", "horizons", "rulesVersions", "summary", "inputs", "rules", "devices", "inputErrors"], Names(root));
        Assert.Equal(3, root.GetProperty("schemaVersion").GetInt32());
        JsonElement summary = root.GetProperty("summary");
        Assert.Equal(["devices", "inputErrors", "nothingRead", "bySeverity", "byRule", "outlook"], Names(summary));
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("nothingRead").ValueKind);
        Assert.Equal(["critical", "high", "medium", "low", "unjudged", "info", "ok"], Names(summary.GetProperty("bySeverity")));
        JsonElement outlook = summary.GetProperty("outlook");
        Assert.Equal(["cannotJoinToday", "cannotJoinPredicted", "stopBy", "noEndKnown", "unknownKind", "unknownKindEnded", "otherDevices", "otherDevicesWithEndedCertificates", "fixes", "sites", "otherSites", "firstEndsByQuarter"], Names(outlook));
        Assert.Equal(["date", "label", "devices"], Names(outlook.GetProperty("stopBy")[0]));
        Assert.Equal(["rule", "severity", "devices", "places", "otherPlaces"], Names(outlook.GetProperty("fixes")[0]));
        Assert.Equal(["place", "devices"], Names(outlook.GetProperty("fixes")[0].GetProperty("places")[0]));
        Assert.Equal(["site", "devices", "cannotJoinToday", "byRisk"], Names(outlook.GetProperty("sites")[0]));
        Assert.Equal(["quarter", "devices"], Names(outlook.GetProperty("firstEndsByQuarter")[0]));
        Assert.Equal(["id", "kind", "severity", "title", "detail", "remediation", "sources"], Names(root.GetProperty("rules")[0]));
        Assert.Equal(["aireOs", "catalyst9800"], Names(root.GetProperty("rules")[0].GetProperty("remediation")));

        JsonElement device = root.GetProperty("devices")[0];
        Assert.Equal(
            ["key", "serial", "mac", "name", "model", "family", "deviceType", "site", "factory", "manufactured", "predictedMicExpiry", "capture", "certificates", "trustedCas", "risk", "okBecause", "unjudgedBecause", "findings", "rows", "notes", "extra"],
            Names(device));
        JsonElement certificate = root.GetProperty("devices").EnumerateArray().SelectMany(d => d.GetProperty("certificates").EnumerateArray()).First();
        Assert.Equal(
            ["role", "source", "line", "container", "index", "textSource", "subject", "subjectAttributes", "issuer", "issuerAttributes", "serial", "notBefore", "notAfter", "daysLeft", "signatureAlgorithm",
             "publicKey", "subjectKeyId", "authorityKeyId", "isCa", "keyUsage", "subjectAltNames", "crlDistributionPoints", "sha256", "sha1", "violations",
             "ambiguousTimes", "dateNotes", "textFields", "chain", "notGenuineCiscoCas"],
            Names(certificate));
        Assert.Equal(["end", "anchor", "effectiveEnd", "effectiveEndFrom", "effectiveDaysLeft", "signatureHashes", "links"], Names(certificate.GetProperty("chain")));
        Assert.Equal(["name", "oid", "value", "type"], Names(certificate.GetProperty("subjectAttributes")[0]));
        Assert.Equal(["subject", "notAfter", "signatureAlgorithm", "signature"], Names(certificate.GetProperty("chain").GetProperty("links")[0]));
        Assert.Equal(["year", "week", "month"], Names(device.GetProperty("manufactured")));
        JsonElement captured = root.GetProperty("devices").EnumerateArray().First(d => d.GetProperty("capture").ValueKind == JsonValueKind.Object);
        Assert.Equal(["contexts", "release", "sha2Proof", "controllers", "logLines"], Names(captured.GetProperty("capture")));
        Assert.Equal(["date", "uncertaintyDays", "daysLeft"], Names(device.GetProperty("predictedMicExpiry")));
        Assert.Equal(["source", "line", "text"], Names(device.GetProperty("rows")[0]));
        JsonElement finding = device.GetProperty("findings")[0];
        Assert.Equal(["rule", "severity", "message", "evidence", "remediation"], Names(finding));
        Assert.Equal(["source", "line", "text"], Names(finding.GetProperty("evidence")[0]));
        Assert.Equal(["source", "line", "message", "text"], Names(root.GetProperty("inputErrors")[0]));
        Assert.Equal(["source", "kind", "rows", "inputErrors"], Names(root.GetProperty("inputs")[0]));
    }

    [Fact]
    public void Json_RuleProseIsWrittenOnce_FindingsNameTheirRuleAndKeepTheirOwnFacts()
    {
        string output = Audit("json").Output;
        using JsonDocument report = JsonDocument.Parse(output);
        JsonElement root = report.RootElement;
        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        JsonElement[] findings = [.. root.GetProperty("devices").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray())];

        Assert.True(findings.Length > 20);
        foreach (JsonElement finding in findings)
        {
            Assert.True(rules.ContainsKey(finding.GetProperty("rule").GetString()!));
        }

        // The prose of mic.predicted-expiry appears once (its rule entry; rules that share its remediation have their own
        // entry, and a finding narrowed to its controller's release carries its own), though it fired on many devices;
        // each finding still states its own date.
        JsonElement micRule = rules["mic.predicted-expiry"];
        JsonElement[] mic = [.. findings.Where(f => f.GetProperty("rule").GetString() == "mic.predicted-expiry")];
        Assert.True(mic.Length > 10);
        Assert.Equal(1, Occurrences(output, micRule.GetProperty("detail").GetString()!));
        string remediation = micRule.GetProperty("remediation").GetProperty("aireOs").GetString()!;
        int narrowed = findings.Count(f => f.GetProperty("remediation").ValueKind == JsonValueKind.Object
            && (f.GetProperty("remediation").GetProperty("aireOs").GetString() ?? string.Empty).Contains(remediation, StringComparison.Ordinal));
        Assert.Equal(rules.Values.Count(r => r.GetProperty("remediation").GetProperty("aireOs").GetString() == remediation) + narrowed, Occurrences(output, remediation));
        Assert.True(mic.Length > narrowed);
        Assert.All(mic, f => Assert.Matches(@"\d{4}-\d{2}-\d{2} \(±\d+ days\)", f.GetProperty("message").GetString()!));
    }

    [Fact]
    public void Json_EvidenceThatIsADevicesRow_LeavesItsTextInTheRow()
    {
        using JsonDocument report = JsonDocument.Parse(Audit("json").Output);
        JsonElement device = report.RootElement.GetProperty("devices").EnumerateArray()
            .First(d => d.GetProperty("serial").GetString() == "FOC1837X1Y2");
        JsonElement evidence = device.GetProperty("findings")[0].GetProperty("evidence")[0];
        JsonElement row = device.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("source").GetString() == evidence.GetProperty("source").GetString() && r.GetProperty("line").GetInt64() == evidence.GetProperty("line").GetInt64());

        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("text").ValueKind);
        Assert.Contains("FOC1837X1Y2", row.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Json_NarrowedRemediation_IsCarriedByTheFinding_TheRulesOwnIsNull()
    {
        using JsonDocument report = JsonDocument.Parse(CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json", "--controller-release", "8.10.196.0").Output);
        JsonElement[] findings = [.. report.RootElement.GetProperty("devices").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray())];

        Assert.Contains(findings, f => f.GetProperty("remediation").ValueKind == JsonValueKind.Object
            && f.GetProperty("remediation").GetProperty("catalyst9800").ValueKind == JsonValueKind.Null);
        using JsonDocument plain = JsonDocument.Parse(CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "json"], "FOC1837X1Y2\n").Output);
        Assert.All(
            plain.RootElement.GetProperty("devices")[0].GetProperty("findings").EnumerateArray(),
            f => Assert.Equal(JsonValueKind.Null, f.GetProperty("remediation").ValueKind));
    }

    [Fact]
    public void JsonLines_HasEveryDeviceAndInputError_OnePerLine_ThenTheSameSummaryAsJson()
    {
        CliRun lines = Audit("jsonl");
        using JsonDocument json = JsonDocument.Parse(Audit("json").Output);
        string[] records = lines.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonDocument[] parsed = [.. records.Select(r => JsonDocument.Parse(r))];
        try
        {
            string[] kinds = [.. parsed.Select(p => p.RootElement.GetProperty("record").GetString()!)];
            int devices = json.RootElement.GetProperty("devices").GetArrayLength();
            int errors = json.RootElement.GetProperty("inputErrors").GetArrayLength();

            Assert.Equal(0, lines.ExitCode);
            Assert.Equal([.. Enumerable.Repeat("device", devices), .. Enumerable.Repeat("input-error", errors), "summary"], kinds);
            JsonElement summary = parsed[^1].RootElement;
            Assert.Equal(3, summary.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(Compact(json.RootElement.GetProperty("summary")), Compact(summary.GetProperty("summary")));
            Assert.Equal(
                json.RootElement.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("key").GetString()),
                parsed.Where(p => p.RootElement.GetProperty("record").GetString() == "device").Select(p => p.RootElement.GetProperty("key").GetString()));
        }
        finally
        {
            foreach (JsonDocument document in parsed)
            {
                document.Dispose();
            }
        }
    }

    private static CliRun Audit(string format) => CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", format);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The JSON report is indented, JSON Lines not: compare what they say.
    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
