using System.Text;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Audit;

/// <summary>Captures through the whole audit: joined records and the rules that read them.</summary>
public sealed class AuditorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    [Fact]
    public void Affected_IsConfirmedAndTheWindowIsSettled()
    {
        DeviceReport ap = Single(Audit(Text("ap.txt", File.ReadAllText(TestData.Path("captures", "ap-cscur43050-affected.txt")))));

        Assert.Contains(ap.Findings, f => f.RuleId == "cscur43050.confirmed");
        Assert.DoesNotContain(ap.Findings, f => f.RuleId is "cscur43050.window" or "cscur43050.ruled-out");
        Assert.Contains(ap.Findings, f => f.RuleId == "log.cscur43050" && f.Evidence.Any(e => e.Text.Contains("FFFFFFFF", StringComparison.Ordinal)));
        Assert.Equal("ap", ap.Device.DeviceType);
    }

    [Theory]
    [InlineData("ap-cscur43050-not-affected.txt")]
    [InlineData("ap-sha2-trustpoint.txt")]
    public void NotAffected_IsRuledOutAndTheWindowIsSilent(string file)
    {
        DeviceReport ap = Single(Audit(Text(file, File.ReadAllText(TestData.Path("captures", file)))));

        Assert.Contains(ap.Findings, f => f.RuleId == "cscur43050.ruled-out");
        Assert.DoesNotContain(ap.Findings, f => f.RuleId is "cscur43050.window" or "cscur43050.confirmed");
    }

    [Fact]
    public void ParameterBlockAlone_LeavesTheWindowAndSaysWhatIsMissing()
    {
        DeviceReport ap = Single(Audit(Text("pb.txt", "AP-X#test pb display\nDisplay of the SHA2 Parameter Block\nAP-X#show inventory\nNAME: \"AP2600\", DESCR: \"x\"\nPID: AIR-CAP2602I-E-K9 , VID: V01, SN: FOC1839A1B2\n")));

        Assert.Contains(ap.Findings, f => f.RuleId == "cscur43050.window");
        Assert.DoesNotContain(ap.Findings, f => f.RuleId is "cscur43050.confirmed" or "cscur43050.ruled-out");
        Assert.Contains(ap.Device.Notes, n => n.Contains("show crypto pki trustpoints | include SHA2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("8.0.100.0", true)]
    [InlineData("8.0.100.23", true)]
    [InlineData("03.06.00E", true)]
    [InlineData("8.0.110.0", false)]
    [InlineData(null, false)]
    public void ControllerRelease_OnTheCommandLine_TriggersForWindowAps(string? release, bool fires)
    {
        using AuditResult result = new Auditor(RuleSetLoader.LoadBuiltIn()).Run(
            [Text("serials.txt", "FOC1839A1B2\n")], [], new EvaluationContext(AsOf, [90, 365]) { ControllerRelease = release });

        Assert.Equal(fires, Single(result).Findings.Any(f => f.RuleId == "cscur43050.trigger-release"));
    }

    [Fact]
    public void ControllerCapture_PutsTheControllersExpiredCertificateAndReleaseOnItsAps()
    {
        var reports = Audit(
            Text("wlc.txt", File.ReadAllText(TestData.Path("captures", "wlc-aireos-8.0.txt"))),
            Text("inventory.csv", "Serial,AP Name,Model\nFOC1837X1Y2,HQ-LOBBY-01,AIR-CAP2602I-E-K9\n"));

        DeviceReport controller = reports.Single(r => r.Device.DeviceType == "controller");
        Assert.Equal(2, controller.Findings.Count(f => f.RuleId == "controller.cert-expired"));
        Assert.Contains(controller.Findings, f => f.RuleId == "cscur43050.controller-release" && f.Message.Contains("has a SHA-2 MIC", StringComparison.Ordinal));
        // The controller's own log: an expired certificate it rejected without naming the AP; never "the AP rejected
        // the controller's certificate", which only an AP's log says.
        Assert.Contains(controller.Findings, f => f.RuleId == "log.unnamed-ap-certificate-expired");
        Assert.DoesNotContain(controller.Findings, f => f.RuleId == "log.controller-certificate-expired");
        Assert.DoesNotContain(controller.Findings, f => f.RuleId is "mic.expired" or "mic.sha1-and-sha2");

        // The inventory row and the controller's listing are one record: joined by serial (show ap inventory).
        DeviceReport ap = reports.Single(r => r.Device.Key.Text == "serial:FOC1837X1Y2");
        Assert.Contains(ap.Device.Occurrences, o => o.Location.Source == "inventory.csv");
        Assert.Contains(ap.Device.Occurrences, o => o.Location.Source == "wlc.txt");
        Assert.Contains(ap.Findings, f => f.RuleId == "controller.cert-expired" && f.Message.StartsWith("This AP is on controller WLC-HQ", StringComparison.Ordinal));
        Assert.Contains(ap.Findings, f => f.RuleId == "cscur43050.trigger-release" && f.Message.Contains("fails to rejoin", StringComparison.Ordinal));
        Assert.DoesNotContain(ap.Findings, f => f.RuleId == "serial.duplicate");

        // The controller logged the expired certificate, then the DTLS failure naming this AP's MAC: the AP's MIC ended.
        Finding expired = Assert.Single(ap.Findings, f => f.RuleId == "log.ap-certificate-expired");
        Assert.Equal(2, expired.Evidence.Count);
        Assert.Contains(expired.Evidence, e => e.Text.Contains("Validity period ended on Sep 10 2024", StringComparison.Ordinal));
        Assert.Contains(expired.Evidence, e => e.Text.Contains("for AP 00:11:22:33:44:01", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalyst9800ManagementCertificate_IsTheControllersAndEndsOnItsAps()
    {
        // A 9800-CL's wireless management trustpoint holds a self-signed certificate: it is the controller's, so it
        // gets controller.cert-expired, never the AP rule ssc.expired or its AP remediation.
        var reports = Audit(Text("wlc.txt", File.ReadAllText(TestData.Path("captures", "wlc-9800-cl-ssc-expired.txt"))));

        DeviceReport controller = reports.Single(r => r.Device.DeviceType == "controller");
        Finding expired = Assert.Single(controller.Findings);
        Assert.Equal("controller.cert-expired", expired.RuleId);
        Assert.Contains("SSC WLC9800-CL_WLC_TP", expired.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("replace the AP", expired.Remediation.Catalyst9800, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, reports.Count(r => r.Device.DeviceType == "ap" && r.Findings.Any(f => f.RuleId == "controller.cert-expired" && f.Message.StartsWith("This AP is on controller WLC9800-CL", StringComparison.Ordinal))));
        Assert.DoesNotContain(reports, r => r.Findings.Any(f => f.RuleId == "ssc.expired"));
    }

    [Fact]
    public void ControllerRow_GetsTheControllersPredictionNotTheAps()
    {
        // An AIR-CT5508 in an inventory: its MIC, predicted from its serial, ended in 2024; no AP can join it now.
        DeviceReport controller = Single(Audit(Text("inventory.csv", "Serial,Name,Model\nFCW1843G8H9,HQ-WLC-01,AIR-CT5508-K9\n")));

        Assert.Equal("controller", controller.Device.DeviceType);
        Assert.Contains(controller.Findings, f => f.RuleId == "controller.mic-predicted-expiry" && f.Text.Contains("Every AP refuses a controller", StringComparison.Ordinal));
        Assert.DoesNotContain(controller.Findings, f => f.RuleId is "mic.predicted-expiry" or "cscur43050.window" or "fn63916.wider-window");
    }

    [Fact]
    public void CapturedSerial_ContradictingTheRowItJoinedByName_IsAnIdentityFinding()
    {
        // The AP's own "show inventory" names another serial than the inventory row its host name joined: a swapped
        // or RMA'd unit. Both sources are cited.
        var reports = Audit(
            Text("inventory.csv", "Serial,AP Name,Model\nFOC1837X1Y2,HQ-LOBBY-01,AIR-CAP2602I-E-K9\n"),
            Text("ap.txt", "HQ-LOBBY-01#show inventory\nNAME: \"AP2600\", DESCR: \"Cisco Aironet 2600 Series\"\nPID: AIR-CAP2602I-E-K9, VID: V01, SN: FGL1838Z0AB\n"));

        DeviceReport ap = Single(reports);
        Finding conflict = Assert.Single(ap.Findings, f => f.RuleId == "identity.capture-serial-mismatch");
        Assert.Contains("FGL1838Z0AB", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["inventory.csv", "ap.txt"], conflict.Evidence.Select(e => e.Location.Source));
    }

    [Theory]
    [InlineData("Serial,Name,Model\nTTM2222BBBB,WLC-HA,C9800-40-K9\n")]
    [InlineData("Serial,Name,Model\nTTM2222BBBB,WLC-HA-STANDBY,C9800-40-K9\n")]
    public void HaPair_RowWithTheOtherChassisSerial_IsTheSameDeviceAndNoIdentityConflict(string inventory)
    {
        // A 9800 HA pair's "show inventory" lists both chassis; the asset list names the pair by the second one's
        // serial, joined by name (first row) or by that serial alone (second row).
        var reports = Audit(
            Text("inventory.csv", inventory),
            Text("wlc.txt", "WLC-HA#show inventory\nNAME: \"Chassis 1\", DESCR: \"Cisco Catalyst 9800-40 Wireless Controller\"\nPID: C9800-40-K9       , VID: V02  , SN: TTM1111AAAA\n\nNAME: \"Chassis 1 Power Supply Module 0\", DESCR: \"750W AC Power Supply\"\nPID: C9800-AC-750W     , VID: V01  , SN: DTN2222ZZZZ\n\nNAME: \"Chassis 2\", DESCR: \"Cisco Catalyst 9800-40 Wireless Controller\"\nPID: C9800-40-K9       , VID: V02  , SN: TTM2222BBBB\n"));

        DeviceReport pair = Single(reports);
        Assert.Equal("serial:TTM2222BBBB", pair.Device.Key.Text);
        Assert.Contains(pair.Device.Occurrences, o => o.Location.Source == "wlc.txt");
        Assert.DoesNotContain(pair.Findings, f => f.RuleId == "identity.capture-serial-mismatch");
    }

    [Fact]
    public void TextualMic_FiresTheCertificateRulesAndSaysItIsText()
    {
        DeviceReport ap = Single(Audit(Text("ap.txt", File.ReadAllText(TestData.Path("captures", "ap-expired-mic-fn63942.txt")))));

        Finding expired = Assert.Single(ap.Findings, f => f.RuleId == "mic.expired");
        Assert.Contains("textual evidence, no signature verified", expired.Message, StringComparison.Ordinal);
        Assert.Contains(ap.Findings, f => f.RuleId == "chain.sha1");
        Assert.Contains(ap.Findings, f => f.RuleId == "log.ap-certificate-rejected");
        Assert.DoesNotContain(ap.Findings, f => f.RuleId is "chain.incomplete" or "chain.bad-signature" or "chain.mixed");
        Assert.DoesNotContain(ap.Findings, f => f.RuleId == "ca.expiring" && !f.Message.Contains("2029-05-14", StringComparison.Ordinal));
    }

    [Fact]
    public void TextualMic_JoinsTheInventoryRowByTheMacInItsCn()
    {
        var reports = Audit(
            Text("inventory.csv", "Serial,AP Name,Ethernet MAC\nFGL1641Q1R2,LAB-9,00:11:22:33:99:01\n"),
            Text("ap.txt", "WAP#show crypto pki certificates\n" + string.Join('\n', File.ReadAllLines(TestData.Path("captures", "ap-expired-mic-fn63942.txt")).Skip(30).Take(24)) + "\n"));

        DeviceReport ap = Assert.Single(reports);
        Assert.Equal("serial:FGL1641Q1R2", ap.Device.Key.Text);
        Assert.Contains(ap.Findings, f => f.RuleId == "mic.expired");
    }

    [Fact]
    public void CaptureOnlyDevice_IsKeyedByItsMicsMacWhenNothingElseNamesIt()
    {
        DeviceReport ap = Single(Audit(Text("ap.txt", "AP#show crypto pki certificates\n" + string.Join('\n', File.ReadAllLines(TestData.Path("captures", "ap-expired-mic-fn63942.txt")).Skip(30).Take(24)) + "\n")));

        Assert.Equal("mac:00:11:22:33:99:01", ap.Device.Key.Text);
        Assert.Empty(ap.Device.Names);
    }

    [Fact]
    public void UnknownTimeZone_IsAnAmbiguousTimeFinding()
    {
        DeviceReport ap = Single(Audit(Text("v.txt", File.ReadAllText(TestData.Path("captures", "ap-verbose-time-zones.txt")))));

        Finding ambiguous = Assert.Single(ap.Findings, f => f.RuleId == "cert.ambiguous-time");
        Assert.Contains("'XYZT' is not known", ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains(ap.Findings, f => f.RuleId == "ssc.expired");
    }

    [Fact]
    public void ControllerLog_PutsEachCauseOnTheDeviceItConcerns()
    {
        // Lines naming an AP's MAC are the controller's view of that AP; the rest stay the controller's.
        var reports = Audit(Text("log.txt", File.ReadAllText(TestData.Path("captures", "controller-log-dtls.txt"))));

        DeviceReport controller = reports.Single(r => r.Device.DeviceType == "controller");
        Assert.Equal(["log.clock", "log.dtls-handshake-failure", "log.ssc-not-authorised"], controller.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        DeviceReport noCertificate = reports.Single(r => r.Device.Key.Text == "mac:00:11:22:33:99:07");
        Finding payload = Assert.Single(noCertificate.Findings);
        Assert.Equal("log.no-certificate", payload.RuleId);
        Assert.StartsWith("The log of controller WLC-LAB names this AP and shows", payload.Message, StringComparison.Ordinal);
        Assert.Equal(["log.clock"], reports.Single(r => r.Device.Key.Text == "mac:00:11:22:33:99:08").Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Cscur43050LogSignature_NeedsBothLines()
    {
        DeviceReport one = Single(Audit(Text("a.txt", "AP-Y#\n*Nov 19 13:39:00.000: Peer certificate verification failed FFFFFFFF\n")));
        DeviceReport both = Single(Audit(Text("b.txt", "AP-Y#\n*Nov 19 13:37:59.999: AP has SHA2 MIC certificate - Using SHA2 MIC certificate for DTLS.\n*Nov 19 13:39:00.000: Peer certificate verification failed FFFFFFFF\n")));

        Assert.DoesNotContain(one.Findings, f => f.RuleId == "log.cscur43050");
        Finding finding = Assert.Single(both.Findings, f => f.RuleId == "log.cscur43050");
        Assert.Equal([2L, 3L], finding.Evidence.Select(e => e.Location.Line!.Value));
    }

    [Fact]
    public void CaptureWithNothingToRead_IsOneInputError()
    {
        // "Switch" names no device, and show clock is not read: nothing describes a device.
        using AuditResult result = new Auditor(RuleSetLoader.LoadBuiltIn()).Run(
            [Text("empty.txt", "Switch#show clock\n*10:15:00.000 UTC Sat Nov 21 2026\n", ContentKind.Capture)], [], new EvaluationContext(AsOf, [90, 365]));

        InputError error = Assert.Single(result.Report.InputErrors);
        Assert.Contains("of commands CertInspect does not read ('show clock'), at a prompt that names no device", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Report.Devices);
    }

    // Issue 27: a prompt that names a device names it even when its command is one CertInspect does not read; the
    // note says which command was not read.
    [Fact]
    public void CaptureOfAnUnreadCommand_StillGivesTheDeviceItsPromptNames()
    {
        using AuditResult result = new Auditor(RuleSetLoader.LoadBuiltIn()).Run(
            [Text("clock.txt", "SW-1#show clock\n*10:15:00.000 UTC Sat Nov 21 2026\n", ContentKind.Capture)], [], new EvaluationContext(AsOf, [90, 365]));

        DeviceReport device = Single(result);
        Assert.Equal("SW-1", device.Device.Name);
        Assert.Contains(device.Device.Notes, n => n.EndsWith("'show clock' was typed at its prompt; CertInspect does not read that command's output", StringComparison.Ordinal));
        Assert.Empty(result.Report.InputErrors);
    }

    private static List<DeviceReport> Audit(params InputSource[] sources)
    {
        using AuditResult result = new Auditor(RuleSetLoader.LoadBuiltIn()).Run(sources, [], new EvaluationContext(AsOf, [90, 365]));
        return [.. result.Report.Devices];
    }

    private static DeviceReport Single(AuditResult result) => Assert.Single(result.Report.Devices);

    private static DeviceReport Single(List<DeviceReport> reports) => Assert.Single(reports);

    private static InputSource Text(string name, string text, ContentKind? kind = null) =>
        new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)), kind);
}
