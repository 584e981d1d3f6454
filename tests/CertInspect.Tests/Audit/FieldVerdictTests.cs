using System.Text;
using System.Text.RegularExpressions;
using CertInspect.Audit;
using CertInspect.Inputs;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Audit;

/// <summary>
/// Issue 19: verdicts on forms of real output, audited in-process: a captured chain is verified like a file's, a
/// RESTCONF reply shaped as the model defines it is read, a log finding quotes what that log says, and the headline
/// counts APs.
/// </summary>
public sealed partial class FieldVerdictTests
{
    private static readonly EvaluationContext Context = new(new DateOnly(2026, 11, 21), [90, 365]);

    // Class 5: the SUDI chain printed after its prompt line is verified signature by signature: a tampered leaf is caught.
    [Fact]
    public void Audit_PromptedSudiChainWithATamperedLeaf_ReportsTheBadSignature()
    {
        string capture = File.ReadAllText(TestData.Path("captures", "wlc-9800-sudi-chain.txt"));
        Assert.StartsWith("WLC-CORE#show platform sudi certificate", capture, StringComparison.Ordinal);

        DeviceReport genuine = Assert.Single(Audit(Text("sudi.txt", capture)).Report.Devices);
        DeviceReport tampered = Assert.Single(Audit(Text("sudi.txt", TamperLastBlock(capture))).Report.Devices);

        Assert.DoesNotContain(genuine.Findings, f => f.RuleId == "chain.bad-signature");
        Assert.All(genuine.Device.Certificates[0].Chain.Links.Take(2), l => Assert.Equal(CertInspect.Certificates.SignatureCheckResult.Valid, l.SignatureByIssuer?.Result));
        Finding bad = Assert.Single(tampered.Findings, f => f.RuleId == "chain.bad-signature");
        Assert.Contains("does not verify", bad.Message, StringComparison.Ordinal);
    }

    // Class 6: a RESTCONF reply as devices send it: location → integrity → trust-chain container → trust-chain list,
    // each value base64 with "\u000A" escapes.
    [Fact]
    public void Audit_RestconfReplyShapedAsTheModel_ReadsEveryCertificateOfTheChain()
    {
        string[] blocks = [.. PemBlock().Matches(File.ReadAllText(TestData.Path("captures", "wlc-9800-sudi-chain.txt"))).Select(m => m.Groups["body"].Value)];
        string Entry(string name, string body) =>
            $$"""{ "name": "{{name}} CERTIFICATE", "value": "{{string.Join("\\u000A", body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}}" }""";
        string reply = $$"""
            {
              "Cisco-IOS-XE-system-integrity-oper:system-integrity-oper-data": {
                "location": [ { "fru": "fru-rp", "slot": 0, "bay": 0, "chassis": -1, "node": 0,
                  "integrity": [ { "nonce": "123", "request": "choice-trust-chain",
                    "trust-chain": { "trust-chain": [ {{Entry("CRCA", blocks[0])}}, {{Entry("CMCA", blocks[1])}}, {{Entry("SUDI", blocks[2])}} ] } } ] } ]
              }
            }
            """;

        using AuditResult result = Audit(Text("reply.json", reply));

        Assert.Empty(result.Report.InputErrors);
        DeviceReport controller = Assert.Single(result.Report.Devices);
        Assert.Equal("serial:FCW2301A0C1", controller.Device.Key.Text);
        Assert.Equal("C9800-40-K9", controller.Device.Model);
        Assert.Equal("controller", controller.Device.DeviceType);
    }

    // Class 8: the finding quotes this log's serial, end and peer; the rule's detail carries no example of another case.
    [Fact]
    public void Audit_ApLogOfAnExpiredControllerCertificate_QuotesItsSerialEndAndPeer()
    {
        using AuditResult result = Audit(Text("ap.txt", File.ReadAllText(TestData.Path("field", "ap-console-controller-cert-expired.txt"))));

        Finding expired = Assert.Single(Assert.Single(result.Report.Devices).Findings, f => f.RuleId == "log.controller-certificate-expired");
        Assert.Contains("the certificate with serial 7A11C03B000000004F2E ended on 2025-10-04 05:15:04 UTC (413 days before 2026-11-21), peer 10.88.0.10", expired.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2504", expired.Text, StringComparison.Ordinal);
    }

    // Class 8: the image-signing check's %PKI line is FN-72524's, not the controller's certificate.
    [Fact]
    public void Audit_ImageSigningPkiLine_IsFn72524NotTheControllersCertificate()
    {
        using AuditResult result = Audit(Text("image.txt", File.ReadAllText(TestData.Path("field", "ap-image-signing-pki.txt"))));

        Assert.Equal(["log.fn72524"], Assert.Single(result.Report.Devices).Findings.Select(f => f.RuleId));
    }

    // Class 10: the headline counts APs; an AP whose log proves it cannot join counts; a switch is counted apart.
    [Fact]
    public void Summary_CountsApsThatCannotJoin_AndOtherDevicesApart()
    {
        using AuditResult result = Audit(
            Text("ap.txt", File.ReadAllText(TestData.Path("field", "ap-console-controller-cert-expired.txt"))),
            Text("sw.txt", File.ReadAllText(TestData.Path("field", "switch-pki-https-ssc.txt"))));

        FleetOutlook outlook = result.Summary.Outlook;
        Assert.Equal(1, outlook.CannotJoinToday);
        Assert.Equal(1, outlook.OtherDevices);
        Assert.Equal(1, outlook.OtherDevicesWithEndedCertificates);
        Assert.Equal(0, outlook.NoEndKnown);
    }

    private static AuditResult Audit(params InputSource[] sources) => new Auditor(BuiltInRules.Set).Run(sources, [], Context);

    private static InputSource Text(string name, string text) => new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    // Flips a bit of the last byte of the last PEM block: the end of its signature, so the DER still decodes.
    private static string TamperLastBlock(string capture)
    {
        Match last = PemBlock().Matches(capture)[^1];
        byte[] der = Convert.FromBase64String(last.Groups["body"].Value.Replace("\n", string.Empty, StringComparison.Ordinal));
        der[^1] ^= 0x01;
        string body = string.Join('\n', Convert.ToBase64String(der).Chunk(64).Select(c => new string(c))) + "\n";
        return string.Concat(capture.AsSpan(0, last.Groups["body"].Index), body, capture.AsSpan(last.Groups["body"].Index + last.Groups["body"].Length));
    }

    [GeneratedRegex(@"-----BEGIN CERTIFICATE-----\n(?<body>[A-Za-z0-9+/=\n]+?)-----END CERTIFICATE-----", RegexOptions.CultureInvariant)]
    private static partial Regex PemBlock();
}
