using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>Issue 27, points 1, 2 and 5: captures kept in code, tables the readers around the AP read, rows joined.</summary>
public sealed class PastedCaptureTests
{
    [Fact]
    public void Read_ShowApUptimeKeptAsComments_GivesEachApAndItsMac()
    {
        CaptureReport report = CaptureFixtures.ReadField("python-comment-ap-uptime.py");

        Assert.Equal("0c:75:bd:10:20:32", CaptureFixtures.Named(report, "NORTH_L2_02").Macs[0].Value);
        Assert.Equal(3, report.Devices.Count(d => d.Role == DeviceRole.AccessPoint));
        Assert.Single(report.Devices, d => d.Role == DeviceRole.Controller);
    }

    [Fact]
    public void Read_AnsibleStdoutLines_IsTheShowApSummaryTheyHold()
    {
        CaptureReport report = CaptureFixtures.ReadField("ansible-stdout-lines.json");

        CapturedDevice west = CaptureFixtures.Named(report, "LAB-AP-WEST");
        Assert.Equal("AIR-AP2802I-E-K9", west.Models[0].Value);
        Assert.Equal("10.20.30.42", west.IpAddresses[0].Value);
        Assert.Equal(report.Lines, report.LineCounts.Values.Sum());
    }

    [Fact]
    public void Read_PythonListOfCdpLines_GivesTheNeighbours()
    {
        CaptureReport report = CaptureFixtures.ReadField("python-list-cdp-neighbors.py");

        Assert.Equal("AIR-LAP1142N-E-K9", CaptureFixtures.Named(report, "FLOOR3-AP11").Models[0].Value);
        Assert.Equal("15.3(3)JA10", CaptureFixtures.Named(report, "FLOOR3-AP11").Release?.Value);
        Assert.Equal("WS-C3750X-48P", CaptureFixtures.Named(report, "FLOOR3-DIST.example.net").Models[0].Value);
    }

    [Fact]
    public void Read_NumberedLinesWithEscapedPrompt_IsTheSession()
    {
        CapturedDevice sw = CaptureFixtures.Named(CaptureFixtures.ReadField("numbered-escaped-session.md"), "BRANCH-SW4");

        Assert.Equal(["JAE25171B2C"], sw.Serials.Select(s => s.Value));
        Assert.Equal("17.09.04a", sw.Release?.Value);
    }

    [Fact]
    public void Read_RowsJoinedOntoOneLine_AreReadRowByRow()
    {
        CaptureReport report = CaptureFixtures.ReadField("ap-summary-rows-joined.txt");

        Assert.Equal("C9120AXI-E", CaptureFixtures.Named(report, "DEPOT-AP3").Models[0].Value);
        Assert.Equal("a4:6c:2a:10:00:02", CaptureFixtures.Named(report, "DEPOT-AP2").Macs[0].Value);
        Assert.Equal("10.70.0.11", CaptureFixtures.Named(report, "DEPOT-AP1").IpAddresses[0].Value);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.StartsWith("not recognised", StringComparison.Ordinal) && d.Location.Line == 9);
    }

    // Two MACs that do not each start a row: which cell is whose is not certain, so the line is not read.
    [Fact]
    public void Read_JoinedRowsThatDoNotLineUp_AreNotGuessed()
    {
        const string Output = "(WLC) >show ap summary\nNumber of APs.... 2\nAP Name  Slots  AP Model  Ethernet MAC  Location\n-------  -----  --------  ------------  --------\nA1 2 AIR-AP1832I-E-K9 a4:6c:2a:10:00:01 x a4:6c:2a:10:00:02 A2\n";

        CaptureReport report = CaptureFixtures.ReadAsAuditDoes(Output);

        Assert.DoesNotContain(report.Devices, d => d.Role == DeviceRole.AccessPoint);
    }

    [Fact]
    public void Read_AireOsBoot_IsTheControllerItsBoardAndReleaseName()
    {
        const string Boot = "WLCNG Boot Loader Version 1.0.20 (Built on Jan  9 2014 at 19:02:44 by cisco)\nBoard Revision 1.3 (SN: FCW1742A1BC, Type: AIR-CT5508-K9) (G)\n\nCisco AireOS Version 8.5.171.0\nStarting Web Services: ok\n";

        CapturedDevice controller = Assert.Single(CaptureFixtures.ReadAsAuditDoes(Boot).Devices);

        Assert.Equal(DeviceRole.Controller, controller.Role);
        Assert.Equal(["FCW1742A1BC"], controller.Serials.Select(s => s.Value));
        Assert.Equal("8.5.171.0", controller.Release?.Value);
    }
}
