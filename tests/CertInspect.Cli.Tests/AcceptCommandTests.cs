using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed class AcceptCommandTests
{
    private static readonly string Acceptance = TestData.Path("acceptance");

    [Theory]
    [InlineData("json", "receipt-rejected.json")]
    [InlineData("csv", "receipt-rejected.csv")]
    public void Accept_RejectedDelivery_MatchesGoldenAndExitsTwo(string format, string golden)
    {
        CliRun run = CliRun.Invoke("accept", "--policy", $"{Acceptance}/po-4500012345.json", $"{Acceptance}/delivery", "--as-of", "2026-11-21", "--format", format);

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.Contains("rejected: 0 accepted, 2 to review, 2 rejected, 1 missing, 1 extra, 2 malformed", run.Error, StringComparison.Ordinal);
        GoldenFile.AssertMatches(golden, TestData.Scrub(run.Output));
    }

    [Fact]
    public void Accept_CleanDeliveryWithAWaiver_IsAcceptedAndExitsZero()
    {
        CliRun run = CliRun.Invoke("accept", "--policy", $"{Acceptance}/lab-po.json", $"{Acceptance}/lab-delivery", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        GoldenFile.AssertMatches("receipt-accepted.json", TestData.Scrub(run.Output));
    }

    [Fact]
    public void Accept_Receipt_KeepsItsContractAndNamesEveryCase()
    {
        CliRun run = CliRun.Invoke("accept", "--policy", $"{Acceptance}/po-4500012345.json", $"{Acceptance}/delivery", "--as-of", "2026-11-21");
        using JsonDocument receipt = JsonDocument.Parse(run.Output);
        JsonElement root = receipt.RootElement;

        Assert.Equal(["policy", "asOf", "verdict", "summary", "judgedBy", "inputs", "units"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["tool", "rulesVersions", "trustAnchors"], root.GetProperty("judgedBy").EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, root.GetProperty("judgedBy").GetProperty("trustAnchors").GetArrayLength());
        Assert.Equal(["serial", "verdict", "reasons", "micDaysLeft", "micJudgedOn", "exceptions", "sources"], root.GetProperty("units")[0].EnumerateObject().Select(p => p.Name));
        Dictionary<string, JsonElement> units = root.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("serial").GetString()!.Length > 0)
            .ToDictionary(u => u.GetProperty("serial").GetString()!);
        // Built 2019, after the MIC era, delivered without a certificate: nothing to judge MIC validity on.
        Assert.Equal("review", units["FJC2347Q1R2"].GetProperty("verdict").GetString());
        Assert.Equal("missing", units["FDO2940A1B2"].GetProperty("verdict").GetString());
        Assert.Equal("extra", units["FOC2901A1B2"].GetProperty("verdict").GetString());
        Assert.Equal(("certificate", 60), (units["FCW2103C1D2"].GetProperty("micJudgedOn").GetString(), units["FCW2103C1D2"].GetProperty("micDaysLeft").GetInt32()));
        Assert.Equal("prediction", units["FOC1841Z9Y8"].GetProperty("micJudgedOn").GetString());
        Assert.StartsWith("cscur43050.window: Controllers run AireOS 8.10", units["FOC1841Z9Y8"].GetProperty("exceptions")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(units["FOC1841Z9Y8"].GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("cscur43050.window", StringComparison.Ordinal));
        Assert.All(root.GetProperty("inputs").EnumerateArray(), i => Assert.Matches("^[0-9a-f]{64}$", i.GetProperty("sha256").GetString()));
    }

    [Theory]
    [InlineData(new string[0], "FCW2201A0B2", "chain.bad-signature (high)")]
    [InlineData(new[] { "--no-builtin-trust" }, "FCW2201A0B2", "MIC validity 905 days, 2920 required (judged on the certificate)")]
    [InlineData(new string[0], "FCW2201A0B1", "MIC validity 905 days, 2920 required (judged on the certificate)")]
    [InlineData(new[] { "--no-builtin-trust" }, "FCW2201A0B1", "MIC validity 905 days, 2920 required (judged on the certificate)")]
    public void Accept_SudiUnderAct2WithoutTrust_IsRejectedOnValidityOrSignature(string[] extra, string serial, string reason)
    {
        // The SUDI says 2099; ACT2 SUDI CA and Cisco Root CA 2048 end 2029-05-14, known from the built-in certificates
        // or, without them, from the CA catalogue.
        CliRun run = CliRun.Invoke(["accept", "--policy", $"{Acceptance}/sudi-po.json", $"{Acceptance}/sudi-delivery", "--as-of", "2026-11-21", .. extra]);
        using JsonDocument receipt = JsonDocument.Parse(run.Output);
        JsonElement unit = receipt.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("serial").GetString() == serial);

        Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
        Assert.Equal("rejected", unit.GetProperty("verdict").GetString());
        Assert.Contains(unit.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith(reason, StringComparison.Ordinal));
        Assert.Equal(extra.Length == 0 ? 10 : 0, receipt.RootElement.GetProperty("judgedBy").GetProperty("trustAnchors").GetArrayLength());
    }

    [Theory]
    [InlineData("", "review", "review")]
    [InlineData(", \"unjudged\": \"review\"", "review", "review")]
    [InlineData(", \"unjudged\": \"reject\"", "rejected", "rejected")]
    [InlineData(", \"unjudged\": \"accept\"", "accepted", "accepted")]
    public void Accept_UnitWhoseMicCannotBeJudged_FollowsThePolicy(string unjudged, string unitVerdict, string verdict)
    {
        // KWC2452R2S3 was built in 2020, after the ten-year MIC era: no prediction, and no certificate delivered.
        string path = Path.Combine(Acceptance, $"unjudged-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""{ "schema": 1, "name": "u", "expectedSerials": "lab-po-serials.csv", "minimumMicValidityDays": 30{{unjudged}} }""");
        try
        {
            CliRun run = CliRun.Invoke(["accept", "--policy", path, "-", "--as-of", "2026-11-21"], "KWC2452R2S3\nFCW2104M4N5\n");
            using JsonDocument receipt = JsonDocument.Parse(run.Output);
            JsonElement unit = receipt.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("serial").GetString() == "KWC2452R2S3");

            Assert.Equal(unitVerdict, unit.GetProperty("verdict").GetString());
            Assert.Equal("none", unit.GetProperty("micJudgedOn").GetString());
            Assert.Equal(verdict == "accepted" ? ExitCodes.Done : ExitCodes.GateFailed, run.ExitCode);
            Assert.Equal(verdict, receipt.RootElement.GetProperty("verdict").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Issue 25: one vocabulary. A unit the audit calls unjudged (nothing could be checked on it) follows the policy's
    // "unjudged" even when the policy asks no MIC validity.
    [Fact]
    public void Accept_UnitTheAuditCallsUnjudged_GoesToReviewWithoutAMicValidityPolicy()
    {
        string id = Guid.NewGuid().ToString("N");
        string serials = Path.Combine(Acceptance, $"unjudged-serials-{id}.txt");
        string path = Path.Combine(Acceptance, $"unjudged-only-{id}.json");
        File.WriteAllText(serials, "123456\nFJC2347Q1R2\n");
        File.WriteAllText(path, $$"""{ "schema": 1, "name": "u", "expectedSerials": "{{Path.GetFileName(serials)}}" }""");
        try
        {
            CliRun run = CliRun.Invoke(["accept", "--policy", path, "-", "--as-of", "2026-11-21"], "123456\nFJC2347Q1R2\n");
            using JsonDocument receipt = JsonDocument.Parse(run.Output);
            Dictionary<string, JsonElement> units = receipt.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("serial").GetString()!);

            Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
            Assert.Equal("review", units["123456"].GetProperty("verdict").GetString());
            Assert.StartsWith("not judged: nothing to check: serial 123456 is not date-coded", units["123456"].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal("accepted", units["FJC2347Q1R2"].GetProperty("verdict").GetString());
        }
        finally
        {
            File.Delete(path);
            File.Delete(serials);
        }
    }

    [Theory]
    [InlineData("medium", 1)]
    [InlineData("low", 1)]
    public void Accept_DuplicateDelivery_IsRejectedOnceWhateverTheSeverity(string severity, int reasons)
    {
        string path = Path.Combine(Acceptance, $"dup-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""{ "schema": 1, "name": "dup", "expectedSerials": "lab-po-serials.csv", "rejectSeverity": "{{severity}}" }""");
        try
        {
            CliRun run = CliRun.Invoke(["accept", "--policy", path, "-", "--as-of", "2026-11-21"], "KWC2452R2S3\nKWC2452R2S3\nFCW2104M4N5\n");
            using JsonDocument receipt = JsonDocument.Parse(run.Output);
            JsonElement unit = receipt.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("serial").GetString() == "KWC2452R2S3");

            Assert.Equal(ExitCodes.GateFailed, run.ExitCode);
            Assert.Equal("rejected", unit.GetProperty("verdict").GetString());
            Assert.Equal(reasons, unit.GetProperty("reasons").EnumerateArray().Count(r => r.GetString()!.Contains("serial.duplicate", StringComparison.Ordinal) || r.GetString()!.StartsWith("delivered 2 times", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{ \"schema\": 1, \"name\": \"x\", \"expectedSerials\": \"po-4500012345-serials.txt\", \"rejectRules\": [\"no.such.rule\"] }", "rule 'no.such.rule' is not one of the rules in force")]
    [InlineData("{ \"schema\": 1, \"name\": \"x\", \"expectedSerials\": \"po-4500012345-serials.txt\", \"rejectSeverity\": \"dire\" }", "rejectSeverity 'dire'")]
    [InlineData("{ \"schema\": 1, \"name\": \"x\" }", "not a valid policy file")]
    [InlineData("{ \"schema\": 1, \"name\": \"x\", \"expectedSerials\": \"nowhere.txt\" }", "nowhere.txt")]
    public void Accept_UnusablePolicy_ExitsOneWithAMessage(string policy, string message)
    {
        string path = Path.Combine(Acceptance, $"bad-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, policy);
        try
        {
            CliRun run = CliRun.Invoke("accept", "--policy", path, $"{Acceptance}/delivery", "--as-of", "2026-11-21");

            Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
            Assert.Contains(message, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
