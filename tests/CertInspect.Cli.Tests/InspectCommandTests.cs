using System.Text.Json;

namespace CertInspect.Cli.Tests;

public sealed class InspectCommandTests
{
    private static readonly string Certs = TestData.Path("certs");

    [Fact]
    public void Inspect_DualMicWithTrust_MatchesGolden()
    {
        CliRun run = CliRun.Invoke("inspect", $"{Certs}/aps/c2600-dual-mic.pem", "--trust", $"{Certs}/ca", "--as-of", "2026-11-21");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        GoldenFile.AssertMatches("inspect-dual-mic.txt", TestData.Scrub(run.Output));
    }

    [Fact]
    public void Inspect_Json_EveryContainerAndTheErrors()
    {
        CliRun run = CliRun.Invoke("inspect", $"{Certs}/containers", $"{Certs}/broken/truncated.der", "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument result = JsonDocument.Parse(run.Output);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        JsonElement[] certificates = [.. result.RootElement.GetProperty("certificates").EnumerateArray()];
        Assert.Equal(
            ["pkcs12", "pkcs12", "pkcs7", "pkcs7", "pkcs7", "pkcs7", "pkcs7", "pem", "pem", "base64", "netconf-xml", "netconf-xml", "netconf-xml", "restconf-json", "restconf-json", "restconf-json", "pem", "pem"],
            certificates.Select(c => c.GetProperty("container").GetString()));
        JsonElement error = Assert.Single(result.RootElement.GetProperty("inputErrors").EnumerateArray(), e => e.GetProperty("source").GetString()!.EndsWith("ap-password.p12", StringComparison.Ordinal));
        Assert.Contains("needs a password", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(result.RootElement.GetProperty("inputErrors").EnumerateArray(), e => e.GetProperty("message").GetString()!.StartsWith("at byte offset 0: not an X.509 certificate", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_Pkcs12Password_FromTheNamedVariable()
    {
        CliRun run = CliRun.Invoke(
            ["inspect", $"{Certs}/containers/ap-password.p12", "--password-env", "AP_P12", "--as-of", "2026-11-21", "--format", "json"],
            standardInput: null,
            variables: new Dictionary<string, string> { ["AP_P12"] = "Cisco123" });
        using JsonDocument result = JsonDocument.Parse(run.Output);

        Assert.Equal(2, result.RootElement.GetProperty("certificates").GetArrayLength());
        Assert.Equal(0, result.RootElement.GetProperty("inputErrors").GetArrayLength());
    }

    [Fact]
    public void Inspect_Pkcs12Password_WrongThreeTimes_IsAskedThreeTimesThenAnInputError()
    {
        var asked = new List<string>();
        CliRun run = CliRun.Invoke(
            ["inspect", $"{Certs}/containers/ap-password.p12", "--as-of", "2026-11-21"],
            standardInput: null,
            prompt: question =>
            {
                asked.Add(question);
                return "wrong";
            });

        Assert.Equal(["PKCS #12 password: ", "Wrong password, try again. PKCS #12 password: ", "Wrong password, try again. PKCS #12 password: "], asked);
        Assert.Contains("PKCS #12 password is wrong", run.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
    }

    [Fact]
    public void Inspect_Pkcs12Password_MistypedThenRight_IsAskedAgainAndKeptForTheNextFile()
    {
        var answers = new Queue<string>(["Cisco12", "Cisco123"]);
        var asked = new List<string>();
        string p12 = $"{Certs}/containers/ap-password.p12";
        CliRun run = CliRun.Invoke(
            ["inspect", p12, p12, "--as-of", "2026-11-21", "--format", "json"],
            standardInput: null,
            prompt: question =>
            {
                asked.Add(question);
                return answers.Dequeue();
            });

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(2, asked.Count);
        using JsonDocument result = JsonDocument.Parse(run.Output);
        Assert.Equal(0, result.RootElement.GetProperty("inputErrors").GetArrayLength());
        // Two certificates in the file, read twice: the second file took the kept answer without asking.
        Assert.Equal(4, result.RootElement.GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public void Inspect_Pkcs12Password_FromAVariableThatIsWrong_IsNotRetried()
    {
        CliRun run = CliRun.Invoke(
            ["inspect", $"{Certs}/containers/ap-password.p12", "--password-env", "AP_P12", "--as-of", "2026-11-21"],
            standardInput: null,
            variables: new Dictionary<string, string> { ["AP_P12"] = "wrong" },
            prompt: _ => throw new InvalidOperationException("a variable's password must never prompt"));

        Assert.Contains("PKCS #12 password is wrong", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SerialList_IsNotACertificate()
    {
        CliRun run = CliRun.Invoke(["inspect", "-", "--as-of", "2026-11-21"], "FOC1837X1Y2\n");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Contains("stdin: a serial list of 1 row, not certificates", run.Output, StringComparison.Ordinal);
    }

    // Issue 27, point 7: an inventory given to inspect is one input error for the file, not one per row.
    [Fact]
    public void Inspect_Inventory_IsOneErrorForTheFile()
    {
        CliRun run = CliRun.Invoke("inspect", TestData.Path("sample-fleet", "inventory.csv"), "--as-of", "2026-11-21", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement error = Assert.Single(report.RootElement.GetProperty("inputErrors").EnumerateArray());
        Assert.StartsWith("a CSV inventory of 33 rows, not certificates", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
    }

    // Issue 27, point 4: the certificates a running-config holds as hex are read by inspect as the DER they are, the
    // same facts as the .der file of the same bytes (which openssl reads with the dates the fixture's script states).
    [Fact]
    public void Inspect_RunningConfigHex_ReadsAsTheSameBytesAsDer()
    {
        string field = TestData.Path("field");
        CliRun config = CliRun.Invoke("inspect", Path.Combine(field, "router-running-config-pki-hex.txt"), "--as-of", "2026-11-21", "--format", "json");
        CliRun der = CliRun.Invoke("inspect", Path.Combine(field, "router-running-config-pki-hex.der"), "--as-of", "2026-11-21", "--format", "json");

        using JsonDocument fromConfig = JsonDocument.Parse(config.Output);
        using JsonDocument fromDer = JsonDocument.Parse(der.Output);
        JsonElement[] configCertificates = [.. fromConfig.RootElement.GetProperty("certificates").EnumerateArray()];
        JsonElement web = Assert.Single(fromDer.RootElement.GetProperty("certificates").EnumerateArray());
        Assert.Equal(2, configCertificates.Length);
        foreach (string field2 in new[] { "subject", "issuer", "serial", "notBefore", "notAfter", "sha256" })
        {
            Assert.Equal(web.GetProperty(field2).GetRawText(), configCertificates[0].GetProperty(field2).GetRawText());
        }

        Assert.Equal("2020-01-01T00:00:00Z", web.GetProperty("notAfter").GetString());
    }

    [Fact]
    public void Audit_Trust_CompletesTheChainWithoutMakingDevices()
    {
        CliRun without = CliRun.Invoke("audit", $"{Certs}/aps/ap1g4-mic.der", "--as-of", "2026-11-21", "--format", "json");
        CliRun with = CliRun.Invoke("audit", $"{Certs}/aps/ap1g4-mic.der", "--trust", $"{Certs}/ca", "--as-of", "2026-11-21", "--format", "json");
        using JsonDocument before = JsonDocument.Parse(without.Output);
        using JsonDocument after = JsonDocument.Parse(with.Output);

        Assert.Equal("issuer-missing", Chain(before).GetProperty("end").GetString());
        Assert.Equal("self-issued", Chain(after).GetProperty("end").GetString());
        Assert.Equal(["valid", "valid", "valid"], Chain(after).GetProperty("links").EnumerateArray().Select(l => l.GetProperty("signature").GetString()));
        Assert.Equal(1, after.RootElement.GetProperty("summary").GetProperty("devices").GetInt32());
        Assert.Contains(after.RootElement.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("kind").GetString() == "trust-certificates-pem");
    }

    private static JsonElement Chain(JsonDocument report) =>
        report.RootElement.GetProperty("devices")[0].GetProperty("certificates")[0].GetProperty("chain");
}
