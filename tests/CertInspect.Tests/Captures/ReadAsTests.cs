using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>
/// The output of one command is never read as another's: what each capture's commands are read as, typed and pasted
/// without their command line. Fixtures of our own, each shaped like a real output that was once misread.
/// </summary>
public sealed class ReadAsTests
{
    private const string NoCommandLine = " (no command line: recognised by its output)";

    // A 9800 with no wireless management trustpoint: "Trustpoint Name :" with nothing after it.
    private const string NoManagementTrustpoint = "Trustpoint Name :\nCertificate Info : Not Available\nPrivate key Info : Not Available\nFIPS suitability : Not Applicable\n";

    [Theory]
    [InlineData("", "show wireless management trustpoint" + NoCommandLine)]
    [InlineData("WLC9800#show wireless management trustpoint\n", "show wireless management trustpoint")]
    public void Read_ManagementTrustpointNotSet_IsThatCommandAndANoteNotTrustpoints(string commandLine, string readAs)
    {
        CaptureReport report = Read(commandLine + NoManagementTrustpoint);

        Assert.Equal(readAs, Assert.Single(report.Commands).ReadAs);
        CapturedDevice controller = Assert.Single(report.Devices);
        Assert.Equal(DeviceRole.Controller, controller.Role);
        Assert.Null(controller.TrustpointLines);
        Assert.Null(controller.ManagementTrustpoint);
        Assert.Contains(controller.Notes, n => n.EndsWith("no wireless management trustpoint is set (show wireless management trustpoint)", StringComparison.Ordinal));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Read_TrustpointsHeader_StillStartsTrustpointsWithoutItsCommandLine()
    {
        CaptureReport report = Read("Trustpoint CISCO_IDEVID_SUDI:\n    Subject Name:\n    cn=ACT2 SUDI CA\n");

        Assert.Equal("show crypto pki trustpoints" + NoCommandLine, Assert.Single(report.Commands).ReadAs);
    }

    [Theory]
    [InlineData("", "show sysinfo" + NoCommandLine)]
    [InlineData("(Cisco Controller) >show sysinfo\n", "show sysinfo")]
    public void Read_Sysinfo_IsShowSysinfoFromItsFirstLine(string commandLine, string readAs)
    {
        CaptureReport report = Read(commandLine + "Manufacturer's Name.............................. Cisco Systems Inc.\nProduct Name..................................... Cisco Controller\nProduct Version.................................. 8.5.182.0\nSystem Name...................................... WLC-EDGE\n");

        Assert.Equal(readAs, Assert.Single(report.Commands).ReadAs);
        CapturedDevice controller = Assert.Single(report.Devices, d => d.HasEvidence);
        Assert.Equal("8.5.182.0", controller.Release?.Value);
        Assert.Contains(controller.Names, n => n.Value == "WLC-EDGE");
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Read_Trustpool_IsShowCryptoPkiTrustpoolAndItsCertificatesSaySo()
    {
        CaptureReport report = Read("Router#show crypto pki trustpool\nCA Certificate\n  Status: Available\n  Certificate Serial Number (hex): 01\n  Issuer:\n    cn=Example Root\n  Subject:\n    cn=Example Root\n  Validity Date:\n    start date: 21:57:41 UTC Nov 10 2021\n    end   date: 21:57:41 UTC Nov 9 2034\n");

        Assert.Equal("show crypto pki trustpool", Assert.Single(report.Commands).ReadAs);
        LocatedCertificate root = Assert.Single(Assert.Single(report.Devices).Certificates);
        Assert.Equal("show crypto pki trustpool", root.Certificate.TextSource);
    }

    [Fact]
    public void Read_RestartMessageWithTheImageBanner_IsOneLogMessageNotAShowVersion()
    {
        CaptureReport report = Read("""
            000049: Dec  2 12:09:23.643: %LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan1, changed state to down
            000050: Dec  2 12:09:25.715: %SYS-5-RESTART: System restarted --
            Cisco IOS Software, C2900 Software (C2900-UNIVERSALK9-M), Version 15.2(1)T1, RELEASE SOFTWARE (fc1)
            Technical Support: http://www.cisco.com/techsupport
            Copyright (c) 1986-2011 by Cisco Systems, Inc.
            Compiled Mon 19-Sep-11 17:41 by prod_rel_team
            000051: Dec  2 12:09:25.719: %SNMP-5-COLDSTART: SNMP agent on host EDGE-RTR is undergoing a cold start
            """);

        Assert.DoesNotContain(report.Commands, c => c.ReadAs.StartsWith("show version", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Devices, d => d.Release is not null);
        Assert.Equal(7, report.LineCounts[LineCategory.Log]);
    }

    [Fact]
    public void Read_ShowVersionLicenseTable_DeviceColumnIsNoPrompt()
    {
        CaptureReport report = Read("Router#show version\nCisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.1(4)M8, RELEASE SOFTWARE (fc2)\n\nLicense UDI:\n\n-------------------------------------------------\nDevice#\t  PID\t\t\tSN\n-------------------------------------------------\n*0  \t  CISCO1941/K9          FTX1840ABCD\n\nConfiguration register is 0x2102\n");

        Assert.Equal("show version", Assert.Single(report.Commands).ReadAs);
        Assert.Equal(1, report.LineCounts[LineCategory.Prompt]);
        Assert.Equal("15.1(4)M8", Assert.Single(report.Devices).Release?.Value);
    }

    [Theory]
    [InlineData("Number of APs: 1\n\nBase MAC        Ethernet MAC    AP Name     IP Address    Status      Last Failure Phase    Last Disconnect Reason\n-----------------------------------------------------------\n0042.5a0a.2b10  0042.5a0b.2c11  HQ-AP-11    10.20.1.11    Not Joined  Dtls                  DTLS handshake failure\n", "show wireless stats ap join summary")]
    [InlineData("Number of APs.................................... 1\n\nBase Mac             AP EthernetMac       AP Name                   IP Address         Status\n00:0b:85:57:bc:c0    00:1e:bd:aa:bb:01    AP-LOBBY-7                10.0.0.17          Not Joined\n", "show ap join stats summary")]
    public void Read_JoinTableAfterNumberOfAps_IsOneJoinStatsCommandNotShowApSummary(string output, string readAs)
    {
        CaptureReport report = Read(output);

        CapturedCommand command = Assert.Single(report.Commands);
        Assert.Equal(readAs + NoCommandLine, command.ReadAs);
        Assert.Equal(1, command.Location.Line);
        Assert.Single(report.Devices, d => d.JoinStatus?.Value == "Not Joined");
    }

    [Fact]
    public void Read_ApSummaryWithoutItsCommandLine_IsStillShowApSummary()
    {
        CaptureReport report = Read("Number of APs: 1\n\nAP Name    Slots AP Model          Ethernet MAC   Radio MAC      CC   RD   IP Address   State\n---------------------------------------------\nBR-04      2     C9120AXI-E        0011.2233.4416 0011.2233.5516 DE   -E   10.1.0.21    Registered\n");

        Assert.Equal("show ap summary" + NoCommandLine, Assert.Single(report.Commands).ReadAs);
        Assert.Single(report.Devices, d => d.Models.Any(m => m.Value == "C9120AXI-E"));
    }

    private static CaptureReport Read(string text) => CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "capture.txt");
}
