using System.Text;
using CertInspect.Audit;
using CertInspect.Inputs;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Audit;

/// <summary>
/// Issue 25: a verdict says only what its evidence supports. "ok" only where something was checked; a device nothing
/// could be checked on is "unjudged", with the reason; certificate integrity is judged on every kind of device; a
/// device known only from an AP list is an AP; the headline counts APs apart from devices of unknown kind.
/// </summary>
public sealed class HonestVerdictTests
{
    private static readonly EvaluationContext Context = new(new DateOnly(2026, 11, 21), [90, 365]);

    // An AP known only by name and MAC (show ap summary) was "ok: nothing to judge".
    [Fact]
    public void Audit_ApKnownOnlyByNameAndMac_IsUnjudgedWithTheReason()
    {
        using AuditResult result = Audit(Text("summary.txt", """
            (WLC-WEST) >show ap summary

            Number of APs.................................... 1

            AP Name             Slots  AP Model              Ethernet MAC       Location          Country  IP Address       Clients  DSE Location
            ------------------  -----  --------------------  -----------------  ----------------  -------  ---------------  -------  --------------
            WEST-AP-1            2     AIR-AP2802I-E-K9      70:db:98:11:22:33  default location  DE       10.2.0.11          0      [0 ,0 ,0 ]
            """));

        DeviceReport ap = Assert.Single(result.Report.Devices, d => d.Device.Name == "WEST-AP-1");
        Assert.Equal(Risk.Unjudged, ap.Risk);
        Assert.Empty(ap.Findings);
        Assert.Equal("nothing to check: no serial, and no certificate, CSCur43050 proof, log line or join record", ap.Reason);
        Assert.Equal(Risk.Unjudged, Assert.Single(result.Report.Devices, d => d.Device.IsController).Risk);
        Assert.Contains(new KeyValuePair<Risk, int>(Risk.Unjudged, 2), result.Summary.ByRisk);
        Assert.Contains(new KeyValuePair<Risk, int>(Risk.Ok, 0), result.Summary.ByRisk);
    }

    // What was checked makes "ok": a serial's date, however far its end.
    [Fact]
    public void Audit_DateCodedSerialBeyondTheHorizons_IsOkAndSaysWhatWasChecked()
    {
        using AuditResult result = Audit(Text("list.txt", "FJC2347Q1R2\n"));

        DeviceReport ap = Assert.Single(result.Report.Devices);
        Assert.Equal(Risk.Ok, ap.Risk);
        Assert.StartsWith("built 2019-W47, after the ten-year MIC era", ap.Reason, StringComparison.Ordinal);
    }

    // A serial list is a list of APs: a serial the model catalogue cannot place is an AP by the user's word; one whose
    // model names another kind is that kind.
    [Fact]
    public void Audit_SerialListAndInventoryRows_AreApsUnlessTheirModelSaysOtherwise()
    {
        using AuditResult result = Audit(Text("inventory.csv", "Serial,Model\nFOC1840D6E7,\nFOC1842E7F8,Some AP we bought\nFOC2018X2AB,WS-C3850-48P\n"));

        Dictionary<string, DeviceReport> devices = result.Report.Devices.ToDictionary(d => d.Device.Key.Text, StringComparer.Ordinal);
        Assert.Equal("ap", devices["serial:FOC1840D6E7"].Device.DeviceType);
        Assert.Equal("ap", devices["serial:FOC1842E7F8"].Device.DeviceType);
        Assert.Contains("model 'Some AP we bought' is not in the model catalogue: taken as an AP", Assert.Single(devices["serial:FOC1842E7F8"].Device.Notes), StringComparison.Ordinal);
        Assert.Equal("switch", devices["serial:FOC2018X2AB"].Device.DeviceType);
        Assert.Equal(Risk.Unjudged, devices["serial:FOC2018X2AB"].Risk);
        Assert.Equal(0, result.Summary.Outlook.UnknownKind);
        Assert.Equal(1, result.Summary.Outlook.OtherDevices);
    }

    // A router's SUDI whose signature does not verify was "ok: a router ..., the AP and controller rules do not apply".
    [Fact]
    public void Audit_RouterSudiWhoseSignatureFails_IsAHighFindingOnTheRouter()
    {
        DeviceReport router = Single("captures", "router-isr4321-sudi-altered.txt");

        Assert.Equal("router", router.Device.DeviceType);
        Assert.Equal(Risk.High, router.Risk);
        Finding bad = Assert.Single(router.Findings, f => f.RuleId == "chain.bad-signature");
        Assert.Contains("the signature on ISR4321/K9-FDO2113A0R4 does not verify", bad.Message, StringComparison.Ordinal);
    }

    // A certificate that bears the name of a Cisco CA it does not chain to, on a switch.
    [Fact]
    public void Audit_SwitchSudiUnderACaNamedLikeCiscos_ClaimsACiscoCaItDoesNotChainTo()
    {
        DeviceReport device = Single("captures", "switch-c9300-sudi-impostor-ca.txt");

        Assert.Equal("switch", device.Device.DeviceType);
        Finding claim = Assert.Single(device.Findings, f => f.RuleId == "chain.impostor-ca");
        Assert.Equal(Severity.High, claim.Severity);
        Assert.Contains("'CN=ACT2 SUDI CA,O=Cisco'", claim.Message, StringComparison.Ordinal);
        Assert.Contains("which bear the names of Cisco CAs but not their keys", claim.Message, StringComparison.Ordinal);
    }

    // Test CAs with an OU of their own share only the common name: they claim no Cisco CA (inspect still says that
    // they are not Cisco's).
    [Fact]
    public void Audit_SampleFleetCertificatesUnderTestCas_ClaimNoCiscoCa()
    {
        using AuditResult result = new Auditor(BuiltInRules.Set).Run(InputExpander.Expand([TestData.Path("sample-fleet", "certs")], () => Stream.Null).Sources, [], Context);

        Assert.DoesNotContain(result.Report.Devices.SelectMany(d => d.Findings), f => f.RuleId == "chain.impostor-ca");
    }

    // A switch's ended SUDI is a stated fact, never "ok"; no AP rule applies to it.
    [Fact]
    public void Audit_SwitchSudiThatEnded_IsInfoNotOk()
    {
        DeviceReport device = Single("captures", "switch-ie4000-sudi-ended.txt");

        Assert.Equal(Risk.Info, device.Risk);
        Finding ended = Assert.Single(device.Findings, f => f.RuleId == "cert.ended-not-wireless");
        Assert.Contains("The SUDI IE-4000-8GT4G-E-00cafe004000 expired on 2023-08-30 11:02:07 UTC", ended.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(device.Findings, f => f.RuleId is "mic.expired" or "ca.expiring");
        // Cisco's own SHA-1 CAs in the chain it prints are not findings of their own.
        Assert.DoesNotContain(device.Findings, f => f.RuleId == "trusted.ca-sha1");
    }

    // A router's IKE identity certificate that ended was "ok", and the headline counted the router as an AP.
    [Fact]
    public void Audit_RouterIdentityCertificateThatEnded_IsInfoAndNoApCannotJoin()
    {
        using AuditResult result = AuditFile("field", "router-ike-identity-ended.txt");

        DeviceReport router = Assert.Single(result.Report.Devices);
        Assert.Equal(Risk.Info, router.Risk);
        Assert.Equal(["cert.other-ended"], router.Findings.Select(f => f.RuleId));
        Assert.Equal(0, result.Summary.Outlook.CannotJoinToday);
        Assert.Equal(1, result.Summary.Outlook.UnknownKind);
        Assert.Equal(1, result.Summary.Outlook.UnknownKindEnded);
    }

    // A "show crypto pki certificates verbose" holding only CA certificates was "nothing to judge: no certificate".
    [Fact]
    public void Audit_CaptureOfCaCertificatesOnly_JudgesTheCasTheDeviceHolds()
    {
        DeviceReport device = Single("field", "router-pki-verbose-cas-only.txt");

        Assert.Equal(2, device.Device.TrustedCas.Count);
        Assert.Empty(device.Device.Certificates);
        Assert.Equal(Risk.Low, device.Risk);
        Assert.Contains("The device holds the CA LAB-ROOT-CA", Assert.Single(device.Findings, f => f.RuleId == "trusted.ca-md5").Message, StringComparison.Ordinal);
        Assert.Contains("which ended on 2019-03-03 09:12:44 UTC", Assert.Single(device.Findings, f => f.RuleId == "trusted.ca-ends").Message, StringComparison.Ordinal);
        Assert.Contains("Example Corp Issuing CA 1", Assert.Single(device.Findings, f => f.RuleId == "trusted.ca-sha1").Message, StringComparison.Ordinal);
    }

    // The headline's figure says how much of it rests on the serial's prediction alone.
    [Fact]
    public void Audit_Outlook_CountsThePredictedEndsApart()
    {
        using AuditResult result = Audit(Text("list.txt", "FOC1837X1Y2\nFOC1838B4C5\n"), new InputSource("mic.pem", () => File.OpenRead(TestData.Path("certs", "aps", "c1130-mic-expired.pem"))));

        Assert.Equal(3, result.Summary.Outlook.CannotJoinToday);
        Assert.Equal(2, result.Summary.Outlook.CannotJoinPredicted);
    }

    private static DeviceReport Single(string folder, string name)
    {
        using AuditResult result = AuditFile(folder, name);
        return Assert.Single(result.Report.Devices);
    }

    private static AuditResult AuditFile(string folder, string name) =>
        Audit(new InputSource(name, () => File.OpenRead(TestData.Path(folder, name))));

    private static AuditResult Audit(params InputSource[] sources) => new Auditor(BuiltInRules.Set).Run(sources, [], Context);

    private static InputSource Text(string name, string text) => new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
