using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;

namespace CertInspect.Tests.Captures;

/// <summary>
/// Issue 19: forms of real output a field corpus showed CertInspect misreading (docs/field-corpus.md), each as a
/// fixture of our own, read at the capture level: whose each line is, what it establishes, and nothing more.
/// </summary>
public sealed class FieldVariantTests
{
    // Class 2: each CDP entry is a device of its own; the switch's release and model are its own show version's.
    [Fact]
    public void Read_CdpNeighborsDetail_EachEntryIsItsOwnDeviceAndTheBannersAreTheirs()
    {
        CaptureReport report = Read(Fixture("switch-cdp-neighbors.txt"));

        CapturedDevice sw = Single(report, "EDGE-SW7");
        Assert.Equal("15.2(7)E8", sw.Release?.Value);
        Assert.Equal(["WS-C2960X-48FPD-L"], sw.Models.Select(m => m.Value));
        Assert.Equal(DeviceRole.Unknown, sw.Role);

        CapturedDevice ios = Single(report, "STAIR-AP3702");
        Assert.Equal(["AIR-CAP3702I-E-K9"], ios.Models.Select(m => m.Value));
        Assert.Equal("15.3(3)JF15", ios.Release?.Value);
        Assert.Equal(["10.44.8.21"], ios.IpAddresses.Select(a => a.Value));
        CapturedDevice cos = Single(report, "CAFE-AP2802");
        Assert.Equal(DeviceRole.AccessPoint, cos.Role);
        Assert.Equal("8.10.185.0", cos.Release?.Value);
        Assert.Contains(cos.Notes, n => n.Contains("show cdp neighbors detail entry of EDGE-SW7 on GigabitEthernet1/0/13", StringComparison.Ordinal));
        Assert.Equal(["WS-C3850-24P"], Single(report, "DIST-SW1.example.net").Models.Select(m => m.Value));
    }

    [Fact]
    public void Read_LldpNeighborsDetail_TheApIsKnownByItsNameMacAndBanner()
    {
        CapturedDevice ap = Single(Read(Fixture("switch-lldp-neighbors.txt")), "F3-EAST-AP");

        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
        Assert.Equal(["4c:e1:76:22:9a:10"], ap.Macs.Select(m => m.Value));
        Assert.Equal("8.10.185.0", ap.Release?.Value);
    }

    // Class 1: a CA's end printed as 1901 is read back to 2037 and the evidence says so, with the catalogue's word.
    [Fact]
    public void Read_WrappedCaEnd_IsReadBackAndCrossCheckedWithTheCatalogue()
    {
        CertificateFacts ca = Read(Fixture("ap-wrapped-ca-dates.txt")).Devices.SelectMany(d => d.Certificates)
            .Select(c => c.Certificate).Single(c => c.IsCa == true);

        Assert.Equal(new DateTimeOffset(2037, 11, 12, 13, 0, 17, TimeSpan.Zero), ca.NotAfter);
        Assert.Contains(ca.DateNotes, n => n.Contains("'06:32:01 UTC Oct 7 1901' is a 32-bit clock's wrap", StringComparison.Ordinal));
        Assert.Contains("the same end as Cisco Manufacturing CA SHA2 in the catalogue of Cisco CAs (2037-11-12 13:00:17 UTC)", ca.DateNotes);
    }

    // Class 3: every optional column of the join tables left blank in turn.
    [Theory]
    [InlineData("00:3a:9a:11:20:50    00:3a:9a:11:21:02    NORTH-AP-02                                  Not Joined", "NORTH-AP-02", "00:3a:9a:11:21:02", null, "Not Joined", null)]
    [InlineData("00:3a:9a:11:20:60                         NORTH-AP-03               10.70.1.13         Not Joined", "NORTH-AP-03", null, "10.70.1.13", "Not Joined", null)]
    [InlineData("00:3a:9a:11:20:70    00:3a:9a:11:21:04    NORTH-AP-04               10.70.1.14         Joined", "NORTH-AP-04", "00:3a:9a:11:21:04", "10.70.1.14", "Joined", null)]
    [InlineData("706d.05ff.0859  706d.05ff.9bb8  AP-LOBBY-7                    Not Joined  Dtls  DTLS handshake failure", "AP-LOBBY-7", "70:6d:05:ff:9b:b8", null, "Not Joined", "Dtls: DTLS handshake failure")]
    [InlineData("706d.05ff.0859  706d.05ff.9bb8  AP-LOBBY-7  10.0.0.17  Not Joined", "AP-LOBBY-7", "70:6d:05:ff:9b:b8", "10.0.0.17", "Not Joined", null)]
    public void Read_JoinTableRowWithBlankColumns_ReadsEachColumnByItsShape(string row, string name, string? mac, string? ip, string status, string? failure)
    {
        const string Header = "Base Mac             AP EthernetMac       AP Name                   IP Address         Status\n"
            + "-----------------    -----------------    ----------------------    ---------------    ----------\n";
        CapturedDevice ap = Single(Read("(WLC-NORTH) >show ap join stats summary all\n" + Header + row + "\n"), name);

        Assert.Equal(mac is null ? [] : [mac], ap.Macs.Select(m => m.Value));
        Assert.Equal(ip is null ? [] : [ip], ap.IpAddresses.Select(a => a.Value));
        Assert.Equal(status, ap.JoinStatus?.Value);
        Assert.Equal(failure, ap.LastJoinFailure?.Value);
    }

    [Theory]
    [InlineData("SOUTH-AP-9                       2     C9120AXI-E           0c75.bd11.4a09 0c75.bd12.8e40 DE   -E   10.90.2.9                                 Registered   stores", "10.90.2.9")]
    [InlineData("SOUTH-AP-9                       2     C9120AXI-E           0c75.bd11.4a09 0c75.bd12.8e40 DE   -E   10.90.2.9                                 Registered", "10.90.2.9")]
    [InlineData("SOUTH-AP-9                       2     C9120AXI-E           0c75.bd11.4a09 0c75.bd12.8e40 DE   -E                                             Registered   stores", null)]
    public void Read_ApSummaryRowWithBlankColumns_KeepsNameModelMacAndTheIpWhenThere(string row, string? ip)
    {
        CapturedDevice ap = Single(Read("WLC-SOUTH#show ap summary\nNumber of APs: 1\n\nAP Name                          Slots AP Model             Ethernet MAC   Radio MAC      CC   RD   IP Address                                State        Location\n" + row + "\n"), "SOUTH-AP-9");

        Assert.Equal(["C9120AXI-E"], ap.Models.Select(m => m.Value));
        Assert.Equal(["0c:75:bd:11:4a:09"], ap.Macs.Select(m => m.Value));
        Assert.Equal(ip is null ? [] : [ip], ap.IpAddresses.Select(a => a.Value));
    }

    // Class 4a: openssl text without PEM: certificates, each a device of its own without a prompt.
    [Fact]
    public void Read_OpensslTextWithoutPem_IsTwoCertificatesOfTwoDevices()
    {
        CaptureReport report = Read(Fixture("openssl-text-two-certificates.txt"));

        var certificates = report.Devices.Where(d => d.Certificates.Count > 0).Select(d => Assert.Single(d.Certificates).Certificate).ToList();
        Assert.Equal(2, certificates.Count);
        CertificateFacts porch = certificates[0];
        Assert.Equal("openssl x509 -text", porch.TextSource);
        Assert.Equal("AP1G4-7C0ECEB3D2A4", porch.Subject.CommonName);
        Assert.Equal("support@cisco.com", porch.Subject.Get("emailAddress"));
        Assert.Equal("Cisco Manufacturing CA SHA2", porch.Issuer.CommonName);
        Assert.Equal("5C027E190000000B3E71", porch.SerialHex);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 11, 50, 8, TimeSpan.Zero), porch.NotAfter);
        Assert.True(porch.SignatureAlgorithm.Hash?.Name == "SHA256");
    }

    // Class 4c: a ticket quoting the output behind "> ", in bold, is read as the output itself.
    [Fact]
    public void Read_QuotedMarkdownTicket_ReadsAsTheUnquotedSession()
    {
        string quoted = Fixture("ticket-quoted-sudi.md");
        string plain = string.Join('\n', quoted.Split('\n').Where(l => l.StartsWith('>')).Select(l => l.TrimStart('>').TrimStart(' ').Replace("**", string.Empty, StringComparison.Ordinal)));

        CertificateFacts fromQuoted = Assert.Single(Single(Read(quoted, ContentKind.Capture), "ACCESS-9200").Certificates).Certificate;
        CertificateFacts fromPlain = Assert.Single(Single(Read(plain), "ACCESS-9200").Certificates).Certificate;

        Assert.Equal(fromPlain.Subject.Rfc4514, fromQuoted.Subject.Rfc4514);
        Assert.Equal(fromPlain.NotAfter, fromQuoted.NotAfter);
        Assert.Equal(new DateTimeOffset(2099, 8, 9, 20, 58, 26, TimeSpan.Zero), fromQuoted.NotAfter);
    }

    [Fact]
    public void Read_SessionIndentedLikeADocstring_FindsItsPrompts()
    {
        string text = Fixture("docstring-indented-session.txt");
        CaptureReport report = CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "indented.txt", PastedText.CommonIndent(text.Split('\n')));

        Assert.Equal(DeviceRole.Controller, Single(report, "WLC-SOUTH").Role);
        Assert.Equal(["C9120AXI-E"], Single(report, "SOUTH-AP-9").Models.Select(m => m.Value));
    }

    // Class 7: a show version from its middle names the AP: model, board ID, image.
    [Fact]
    public void Read_ShowVersionFragment_IsTheApsEvidence()
    {
        CapturedDevice ap = Assert.Single(Read(Fixture("ap-show-version-fragment.txt")).Devices);

        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
        Assert.Equal(["FGL2147A7QX"], ap.Serials.Select(s => s.Value));
        Assert.Equal("AIR-AP4800-E-K9", ap.Models[0].Value);
        Assert.Equal("8.10.185.0", ap.Release?.Value);
    }

    // Class 8: a message wrapped over three lines is one message, quoted whole.
    [Fact]
    public void Read_WrappedPkiMessage_IsOneLogLineWithItsSerialAndEnd()
    {
        CapturedDevice ap = Single(Read(Fixture("ap-console-controller-cert-expired.txt")), "BRANCH9-AP");

        EvidenceLine pki = Assert.Single(ap.LogLines, l => l.Text.Contains("%PKI-3-CERTIFICATE_INVALID_EXPIRED", StringComparison.Ordinal));
        Assert.EndsWith("The certificate (SN: 7A11C03B000000004F2E) has expired. Validity period ended on 05:15:04 UTC Oct 4 2025", pki.Text, StringComparison.Ordinal);
        Assert.Equal(3, pki.Location.Line);
        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
    }

    // Class 8: the log pasted before a controller's unprompted output is an AP's (its messages say so), not the
    // controller's: two devices.
    [Fact]
    public void Read_ApLogBesideAControllersCertificates_IsAnApOfItsOwn()
    {
        CaptureReport report = Read(Fixture("forum-paste-controller-cert-and-ap-log.txt"));

        CapturedDevice controller = Assert.Single(report.Devices, d => d.Role == DeviceRole.Controller);
        Assert.Equal("AIR-CT2504-K9-5c838f0a7d20", Assert.Single(controller.Certificates).Certificate.Subject.CommonName);
        Assert.Empty(controller.LogLines);
        CapturedDevice ap = Assert.Single(report.Devices, d => d.Role == DeviceRole.AccessPoint);
        Assert.Contains(ap.LogLines, l => l.Text.Contains("%PKI-3-CERTIFICATE_INVALID_EXPIRED", StringComparison.Ordinal));
        Assert.Contains("show certificate all (no command line: recognised by its output)", report.Commands.Select(c => c.ReadAs));
    }

    [Fact]
    public void Read_ControllerSyslogNamingTheApAfterAp_PutsTheLineOnThatAp()
    {
        CaptureReport report = Read(Fixture("wlc-9800-syslog-ap-prefix.txt"));

        CapturedDevice ap = Assert.Single(report.Devices, d => d.Macs.Any(m => m.Value == "a0:e0:af:5b:3c:40"));
        Assert.Contains(ap.ReportedLogLines, l => l.Text.Contains("%PKI-3-CERTIFICATE_INVALID_EXPIRED", StringComparison.Ordinal));
        Assert.Equal(DeviceRole.Controller, ap.Controller?.Role);
    }

    // Class 9: the 9800's LSC blocks are the AP's LSCs, with their purpose and end.
    [Fact]
    public void Read_9800ConfigGeneralLscBlocks_AreTheApsLscs()
    {
        CapturedDevice ap = Single(Read(Fixture("wlc-9800-ap-config-lsc.txt")), "HQ-LSC-AP7");

        CertificateFacts dtls = ap.Certificates.Select(c => c.Certificate).Single(c => c.StatedRole == CertificateRole.Lsc);
        CertificateFacts dot1x = ap.Certificates.Select(c => c.Certificate).Single(c => c.StatedRole == CertificateRole.Dot1xLsc);
        Assert.Equal(new DateTimeOffset(2026, 7, 17, 12, 53, 54, TimeSpan.Zero), dtls.NotAfter);
        Assert.Equal(new DateTimeOffset(2027, 7, 17, 12, 53, 54, TimeSpan.Zero), dot1x.NotAfter);
        Assert.Contains(ap.Notes, n => n.EndsWith("AP LSC authentication state 'CAPWAP-DTLS'", StringComparison.Ordinal));
        Assert.Equal("17.12.4.37", ap.Release?.Value);
    }

    [Fact]
    public void Read_9800ConfigGeneralWithoutLscs_SaysSoInANote()
    {
        const string Output = "WLC#show ap name AP-1 config general\nCisco AP Name   : AP-1\nAP CAPWAP-DTLS LSC Status\n    Certificate status        : Not Available\nAP 802.1x LSC Status\n    Certificate status        : Not Available\nAP LSC authentication state                     : CAPWAP-DTLS\n";

        CapturedDevice ap = Single(Read(Output), "AP-1");

        Assert.Empty(ap.Certificates);
        Assert.Contains(ap.Notes, n => n.EndsWith("AP CAPWAP-DTLS LSC Status: Not Available", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StackShowVersion_TheSecondMembersSerialIsAMemberSerial()
    {
        CapturedDevice stack = Single(Read(Fixture("stack-show-version.txt")), "CORE-SVL");

        Assert.Equal(["FCW2233A1BC"], stack.Serials.Select(s => s.Value));
        Assert.Equal(["FCW2233A1BD"], stack.MemberSerials.Select(s => s.Value));
        Assert.Equal(["00:5f:86:0a:3c:00"], stack.Macs.Select(m => m.Value));
    }

    [Fact]
    public void Read_ShowTechSectionHeaders_AreCommandsOfTheSameDevice()
    {
        const string Output = "SW1#show tech-support\n------------------ show version ------------------\n\nCisco IOS XE Software, Version 17.09.04a\ncisco C9300-48P (X86) processor with 1338934K/6147K bytes of memory.\n\n------------------ show inventory ------------------\n\nNAME: \"c93xx Stack\", DESCR: \"c93xx Stack\"\nPID: C9300-48P         , VID: V02  , SN: FOC2233X0AB\n";

        CaptureReport report = Read(Output);

        CapturedDevice sw = Assert.Single(report.Devices);
        Assert.Equal("17.09.04a", sw.Release?.Value);
        Assert.Equal(["FOC2233X0AB"], sw.Serials.Select(s => s.Value));
        Assert.Equal(["show tech-support", "show version", "show inventory"], report.Commands.Select(c => c.Typed));
    }

    private static string Fixture(string name) => File.ReadAllText(TestData.Path("field", name));

    private static CapturedDevice Single(CaptureReport report, string name) =>
        Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == name));

    private static CaptureReport Read(string text) => CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "capture.txt");

    // Read as the audit reads a file of that content: the paste's shared indentation comes from the sniffer.
    private static CaptureReport Read(string text, ContentKind expected)
    {
        DetectedContent content = ContentSniffer.Sniff(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(expected, content.Kind);
        return CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "capture.md", content.PasteIndent);
    }
}
