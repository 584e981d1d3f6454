using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Tests.Captures;

/// <summary>
/// Variants of real device output that CertInspect once misread, each written here as a fixture of our own (the
/// peers' files stay out of the repository): what is read from it, with and without its command line.
/// </summary>
public sealed class RealOutputVariantTests
{
    [Theory]
    [InlineData("Cisco IOS XE Software, Version BLD_POLARIS_DEV_LATEST_20241125_002711\nCisco IOS Software [IOSXE], Virtual XE Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Experimental Version 17.17.20241125:005549 [BLD_POLARIS_DEV_LATEST_20241125_002711:/nobackup 103]\n", "17.17.20241125:005549")]
    [InlineData("Cisco Internetwork Operating System Software \nIOS (tm) C2600 Software (C2600-IPBASE-M), Version 12.3(6f), RELEASE SOFTWARE (fc1)\n", "12.3(6f)")]
    [InlineData("Cisco AP Software, (ap3g3), [build-host:/workspace]\nTechnical Support: http://www.cisco.com/techsupport\n\ncisco AIR-AP4800-D-K9 ARMv7 Processor rev 1 (v7l) with 1028320/528608K bytes of memory.\nProcessor board ID FGL2325A9ZZ\nAP Running Image     : 17.15.0.10\nBase ethernet MAC Address            : 5C:5A:C7:52:01:AA\n", "17.15.0.10")]
    public void Read_ShowVersionWithoutItsCommandLine_GivesTheRelease(string output, string release)
    {
        foreach (string capture in new[] { output, "Device#show version\n" + output })
        {
            CapturedDevice device = Assert.Single(Read(capture).Devices, d => d.HasEvidence);

            Assert.Equal(release, device.Release?.Value);
        }
    }

    [Fact]
    public void Read_ApShowVersion_IsAnApWithModelSerialAndMac()
    {
        CapturedDevice ap = Assert.Single(Read("Cisco AP Software, (ap3g3), [build-host:/workspace]\ncisco AIR-AP4800-D-K9 ARMv7 Processor rev 1 (v7l) with 1028320/528608K bytes of memory.\nProcessor board ID FGL2325A9ZZ\nAP Running Image     : 17.15.0.10\nBase ethernet MAC Address            : 5C:5A:C7:52:01:AA\n").Devices);

        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
        Assert.Equal("AIR-AP4800-D-K9", Assert.Single(ap.Models).Value);
        Assert.Equal("FGL2325A9ZZ", Assert.Single(ap.Serials).Value);
        Assert.Equal("5c:5a:c7:52:01:aa", Assert.Single(ap.Macs).Value);
    }

    // An embedded wireless controller runs on an AP's hardware: its model line names the AP, its banner the
    // controller software, and the software decides (the data's captures.controllerSoftwareBanners).
    [Fact]
    public void Read_EmbeddedControllerShowVersion_IsAController()
    {
        CapturedDevice device = Assert.Single(Read(EmbeddedControllerVersion).Devices, d => d.HasEvidence);

        Assert.Equal(DeviceRole.Controller, device.Role);
        Assert.Equal("17.09.04", device.Release?.Value);
    }

    // The banners are data: with the list emptied the same output is no longer a controller's; a pattern the data
    // adds makes another platform's banner one.
    [Fact]
    public void Read_ControllerSoftwareBannersEmptied_NoLongerMakeAController()
    {
        CapturedDevice device = ReadWithBanners(EmbeddedControllerVersion, []);

        Assert.Equal(DeviceRole.Unknown, device.Role);
    }

    [Fact]
    public void Read_ControllerSoftwareBannerTheDataAdds_MakesAController()
    {
        CapturedDevice device = ReadWithBanners(EmbeddedControllerVersion.Replace("C9800-AP Software", "X9999 Software", StringComparison.Ordinal), [@"\bX9999 Software\b"]);

        Assert.Equal(DeviceRole.Controller, device.Role);
    }

    private static CapturedDevice ReadWithBanners(string output, IReadOnlyList<string> banners)
    {
        CaptureFacts facts = BuiltInRules.Set.Facts.Captures with { ControllerSoftwareBanners = banners };
        var reader = new CaptureReader(facts, BuiltInRules.Set.Facts.CiscoCas, []);
        return Assert.Single(reader.Read(new StringReader(output), "capture.txt").Devices, d => d.HasEvidence);
    }

    private const string EmbeddedControllerVersion =
        "ewc#show version\nCisco IOS XE Software, Version 17.09.04\nCisco IOS Software [Cupertino], C9800-AP Software (C9800-AP-K9_IOSXE), Version 17.9.4, RELEASE SOFTWARE (fc3)\n";

    [Fact]
    public void Read_VerboseCertificate_GivesExtensionsAndJoinsAValueBrokenAtItsComma()
    {
        const string Output = """
            Router#show crypto pki certificates verbose
            CA Certificate
              Status: Available
              Version: 3
              Certificate Serial Number (hex): 01
              Issuer:
                cn=Example Root
                o=Example
                 Inc.
              Subject:
                cn=Example Root
                o=Example
                 Inc.
              Validity Date:
                start date: 21:57:41 UTC Nov 10 2021
                end   date: 21:57:41 UTC Nov 9 2034
              X509v3 extensions:
                X509v3 Key Usage: 86000000
                  Digital Signature
                  Key Cert Sign
                  CRL Signature
                X509v3 Subject Key ID: 31DEF8AC 8ED9E5F0 CDBC4749 61BED767 0CF75DB2
                X509v3 Basic Constraints:
                    CA: TRUE
                X509v3 Subject Alternative Name:
                    IP Address : 10.1.1.1
                X509v3 Authority Key ID: 31DEF8AC 8ED9E5F0 CDBC4749 61BED767 0CF75DB2
                Authority Info Access:
              Associated Trustpoints: ROOT
            """;

        CertificateFacts ca = Assert.Single(Read(Output).Devices.SelectMany(d => d.Certificates)).Certificate;

        Assert.Equal(["digitalSignature", "keyCertSign", "cRLSign"], ca.KeyUsage);
        Assert.Equal("31DEF8AC8ED9E5F0CDBC474961BED7670CF75DB2", ca.SubjectKeyId);
        Assert.Equal(ca.SubjectKeyId, ca.AuthorityKeyId);
        Assert.Equal(["IP:10.1.1.1"], ca.SubjectAltNames);
        Assert.True(ca.IsCa);
        Assert.Equal("Example, Inc.", ca.Subject.Attributes.Single(a => a.ShortName == "O").Value);
    }

    [Fact]
    public void Read_AireOsInventoryStartingWithTheBurnedInMac_KeepsTheMac()
    {
        const string Output = "Burned-in MAC Address............................ 70:1F:53:12:34:99\nPower Supply 1................................... Present, OK\n\nNAME: \"Chassis\"   , DESCR: \"Cisco 3504 Wireless Controller\"\nPID: AIR-CT3504-K9, VID: V01, SN: FCW2222A0AA\n";

        CapturedDevice controller = Assert.Single(Read(Output).Devices, d => d.HasEvidence);

        Assert.Equal("70:1f:53:12:34:99", Assert.Single(controller.Macs).Value);
        Assert.Equal("FCW2222A0AA", Assert.Single(controller.Serials).Value);
    }

    [Theory]
    [InlineData("Trustpoint SLA-TrustPoint:\n    Subject Name:\n    cn=Cisco Licensing Root CA\n          o=Cisco\n          Serial Number(hex): 01\n    Certificate configured.\n\nTrustpoint CISCO_IDEVID_SUDI:\n    Subject Name:\n    cn=ACT2 SUDI CA\n          o=Cisco\n    Certificate configured.\n")]
    [InlineData("Trustpoint SLA-TrustPoint:\n  Issuing CA certificate configured:\n    Subject Name:\n     cn=Cisco Licensing Root CA,o=Cisco\n  State:\n    Keys generated ............. No\n    Issuing CA authenticated ....... Yes\n")]
    public void Read_TrustpointsWithoutTheirCommandLine_AreACaptureNotASerialList(string output)
    {
        Assert.Equal(CertInspect.Inputs.ContentKind.Capture, ContentSniffer.Sniff(System.Text.Encoding.UTF8.GetBytes(output)).Kind);
        CapturedDevice device = Assert.Single(Read(output).Devices, d => d.TrustpointLines is not null);
        Assert.Contains(device.TrustpointLines!, l => l.Text.Contains("cn=", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ShowLoggingWithoutItsCommandLine_IsReadAsALog()
    {
        const string Output = "Syslog logging: enabled (0 messages dropped, 2 messages rate-limited)\n\nLog Buffer (8192 bytes):\n*Nov 20 09:14:02.310: %PKI-3-CERTIFICATE_INVALID_EXPIRED: Validity period ended on Sep 10 2024\n";

        CaptureReport report = Read(Output);

        Assert.Equal("log (no command line: recognised by its output)", Assert.Single(report.Commands).ReadAs);
        Assert.Contains(report.Devices.SelectMany(d => d.LogLines), l => l.Text.Contains("CERTIFICATE_INVALID_EXPIRED", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_JoinStatsTable_GivesEachApItsStatusAndTheControllersLogAboutIt()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "wlc-aireos-join-stats.txt")));

        CapturedDevice store = Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "AP-STORE-2"));
        Assert.Equal("Not Joined", store.JoinStatus?.Value);
        Assert.Equal("00:1e:bd:aa:bb:02", Assert.Single(store.Macs).Value);
        Assert.Contains(store.ReportedLogLines, l => l.Text.Contains("outside AP cert validity", StringComparison.Ordinal));
        Assert.Equal("Joined", Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "AP-LOBBY-7")).JoinStatus?.Value);
        Assert.Equal(3, report.Devices.Count(d => d.JoinStatus is not null));

        // The DTLS line names no MAC, only the IP address the join stats list for AP-DOCK-1.
        CapturedDevice dock = Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "AP-DOCK-1"));
        Assert.Contains(dock.ReportedLogLines, l => l.Text.Contains("handshake with peer 10.0.0.19", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_9800JoinSummary_GivesEachApItsStatusAndItsLastFailure()
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", "wlc-9800-ha-pair.txt")));

        Assert.Contains(report.Commands, c => c.ReadAs == "show wireless stats ap join summary" && c.OutputLines == 6);
        CapturedDevice failed = Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "HQ-AP-11"));
        Assert.Equal("Not Joined", failed.JoinStatus?.Value);
        Assert.Equal("Dtls: DTLS handshake failure", failed.LastJoinFailure?.Value);
        Assert.Equal("00:42:5a:0b:2c:11", Assert.Single(failed.Macs).Value);
        Assert.Equal("10.20.1.11", Assert.Single(failed.IpAddresses).Value);
        Assert.Equal("WLC-HA", failed.Controller?.Context);

        // A joined AP's last failure is history; a row without the two columns has none.
        Assert.Null(Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "HQ-AP-12")).LastJoinFailure);
        CapturedDevice silent = Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == "HQ-AP-13"));
        Assert.Equal("Not Joined", silent.JoinStatus?.Value);
        Assert.Null(silent.LastJoinFailure);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Read_JoinStatsDottedRows_NameEachApByItsRadioMacWithoutGivingItAnEthernetMac()
    {
        const string Output = "(WLC-OLD) >show ap join stats summary all\n\nNumber of APs.................................... 2\n\n00:0b:85:1b:7c:b0............................. Joined\n00:0b:85:1b:7c:c0............................. Not joined\n(WLC-OLD) >\n";

        CaptureReport report = Read(Output);

        CapturedDevice ap = Assert.Single(report.Devices, d => d.JoinStatus?.Value == "Not joined");
        Assert.Equal("(AP with base radio MAC 00:0b:85:1b:7c:c0)", ap.Context);
        Assert.Empty(ap.Macs);
        Assert.Empty(report.Diagnostics);
    }

    [Theory]
    [InlineData("wlc-9800-sudi-chain.txt", 2)]
    [InlineData("wlc-9800-trust-chain.txt", 6)]
    public void Read_SudiChainAsPem_IsTheDevicesCertificateEvidence(string file, long rootLine)
    {
        CaptureReport report = Read(File.ReadAllText(TestData.Path("captures", file)));

        CapturedDevice controller = Assert.Single(report.Devices);
        Assert.Equal(["Cisco Root CA 2048", "ACT2 SUDI CA", "C9800-40-K9"], controller.Certificates.Select(c => c.Certificate.Subject.CommonName));
        Assert.Equal(rootLine, controller.Certificates[0].Location.Line);
        Assert.All(controller.Certificates, c => Assert.False(c.Certificate.Der.IsEmpty));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(0, report.LineCounts[LineCategory.Unrecognised]);
    }

    [Fact]
    public void Read_PemBlockThatIsNotACertificate_IsOneDiagnosticNamingItsLine()
    {
        CaptureReport report = Read("Switch#show platform sudi certificate\n-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\nSwitch#\n");

        CaptureDiagnostic diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.StartsWith("the PEM block is not a certificate CertInspect can read", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PemBlockThatNeverEnds_IsOneDiagnosticAndTheOutputAfterItIsStillRead()
    {
        string body = string.Concat(Enumerable.Repeat("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n", 1100));
        CaptureReport report = Read("Switch#show platform sudi certificate\n-----BEGIN CERTIFICATE-----\n" + body + "Switch#show version\nCisco IOS XE Software, Version 17.9.4a\n");

        Assert.Contains(report.Diagnostics, d => d.Location.Line == 2 && d.Message.Contains("no END line within 64 KiB", StringComparison.Ordinal));
        Assert.Equal("17.9.4a", Assert.Single(report.Devices).Release?.Value);
    }

    [Fact]
    public void Read_PkiCertificatesPemWithoutItsCommandLine_ReadsTheBannersAndEachBlock()
    {
        string pem = File.ReadAllText(TestData.Path("certs", "ca", "root-2048.pem"));
        CaptureReport report = Read("------Trustpoint: server------\n% Self-signed CA certificate:\n" + pem + "% General Purpose Certificate:\n" + pem);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(0, report.LineCounts[LineCategory.Unrecognised]);
        Assert.Equal(2, Assert.Single(report.Devices).Certificates.Count);
        Assert.Equal("PEM certificates (no command line: recognised by its output)", Assert.Single(report.Commands).ReadAs);
    }

    [Fact]
    public void Read_9800JoinSummaryListingAnApTwice_KeepsTheLastRowsStatusAndFailureTogether()
    {
        CaptureReport report = Read("WLC#show wireless stats ap join summary\nBase MAC        Ethernet MAC    AP Name     IP Address    Status      Last Failure Phase    Last Disconnect Reason\n0042.5a0a.2b10  0042.5a0b.2c11  HQ-AP-11    10.20.1.11    Not Joined  Dtls                  DTLS handshake failure\n0042.5a0a.2b10  0042.5a0b.2c11  HQ-AP-11    10.20.1.11    Joined      Join                  Ap auth pending\n");

        CapturedDevice ap = Assert.Single(report.Devices, d => d.Role == DeviceRole.AccessPoint);
        Assert.Equal("Joined", ap.JoinStatus?.Value);
        Assert.Null(ap.LastJoinFailure);
    }

    [Theory]
    [InlineData("NAME: \"Switch 1 Chassis\", DESCR: \"Cisco Catalyst 9600 Series 6 Slot Chassis\"\nPID: C9606R            , VID: V01  , SN: FXS2400AAAA\n\nNAME: \"Switch 1 Slot 1 Supervisor\", DESCR: \"Supervisor\"\nPID: C9600-SUP-1       , VID: V01  , SN: CAT2400BBBB\n\nNAME: \"Switch 2 Chassis\", DESCR: \"Cisco Catalyst 9600 Series 6 Slot Chassis\"\nPID: C9606R            , VID: V01  , SN: FXS2400CCCC\n", "FXS2400AAAA", "FXS2400CCCC")]
    [InlineData("NAME: \"c93xx Stack\", DESCR: \"c93xx Stack\"\nPID: C9300-48U         , VID: V02  , SN: FCW2300AAAA\n\nNAME: \"Switch 1\", DESCR: \"C9300-48U\"\nPID: C9300-48U         , VID: V02  , SN: FCW2300AAAA\n\nNAME: \"StackPort1/1\", DESCR: \"StackPort1/1\"\nPID: STACK-T1-50CM     , VID: V01  , SN: MOC2300DDDD\n\nNAME: \"Switch 2\", DESCR: \"C9300-24T\"\nPID: C9300-24T         , VID: V02  , SN: FCW2300CCCC\n", "FCW2300AAAA", "FCW2300CCCC")]
    public void Read_StackInventory_KeepsTheFirstChassisAndTheOtherMembersSerials(string output, string chassis, string member)
    {
        CapturedDevice stack = Assert.Single(Read("Switch#show inventory\n" + output).Devices);

        Assert.Equal(chassis, Assert.Single(stack.Serials).Value);
        Assert.Equal(member, Assert.Single(stack.MemberSerials).Value);
    }

    private static CaptureReport Read(string text) => CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "capture.txt");
}
