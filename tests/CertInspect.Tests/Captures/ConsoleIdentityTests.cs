using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>Issue 27, points 2-4: what a device's own console says it is, and whose output before its prompt is.</summary>
public sealed class ConsoleIdentityTests
{
    [Fact]
    public void Read_BootWithPnpUdiThenPrompt_IsOneSwitch()
    {
        CaptureReport report = CaptureFixtures.ReadField("switch-boot-pnp-udi.txt");

        CapturedDevice device = Assert.Single(report.Devices);
        Assert.Equal(["JAE26330X1Y"], device.Serials.Select(s => s.Value));
        Assert.Equal(["C9200L-24P-4G"], device.Models.Select(m => m.Value));
        Assert.Equal("17.09.05", device.Release?.Value);
    }

    [Fact]
    public void Read_UdiAndDhcpHostName_NameTheRouterItsPromptNames()
    {
        CapturedDevice router = Assert.Single(CaptureFixtures.ReadField("router-pnp-udi-only.txt").Devices);

        Assert.Equal(["kiosk-rtr3"], router.Names.Select(n => n.Value).Distinct());
        Assert.Equal(["FGL2235A1BC"], router.Serials.Select(s => s.Value));
        Assert.Equal(["C1117-4PLTEEA"], router.Models.Select(m => m.Value));
    }

    [Fact]
    public void Read_ApDiscoveryUnderItsDefaultName_IsAnApWithThatMac()
    {
        CapturedDevice ap = Assert.Single(CaptureFixtures.ReadField("ap-console-discovery.txt").Devices);

        Assert.Equal(DeviceRole.AccessPoint, ap.Role);
        Assert.Equal(["00:f2:8b:3c:4d:5e"], ap.Macs.Select(m => m.Value));
        Assert.Equal(["AP00f2.8b3c.4d5e"], ap.Names.Select(n => n.Value));
    }

    [Theory]
    [InlineData("AP1c6a.7a5a.7390#show version\n", "1c:6a:7a:5a:73:90")]
    [InlineData("(WLC1) >debug mac addr 00:1d:45:36:97:30\n", "00:1d:45:36:97:30")]
    [InlineData("debug mac addr 00:1d:45:36:97:30_\n", "00:1d:45:36:97:30")]
    public void Read_DefaultNameOrDebugMac_GiveTheApsMac(string text, string mac)
    {
        CaptureReport report = CaptureFixtures.ReadAsAuditDoes(text);

        CapturedDevice ap = Assert.Single(report.Devices, d => d.Role == DeviceRole.AccessPoint);
        Assert.Equal([mac], ap.Macs.Select(m => m.Value));
    }

    // A prompt that names a device still gives it when its command is not read; the note says which.
    [Fact]
    public void Read_UnreadCommand_TheDeviceAppearsWithANote()
    {
        CapturedDevice device = Assert.Single(CaptureFixtures.ReadField("switch-unread-command.txt").Devices);

        Assert.True(device.HasEvidence);
        Assert.Equal(["show interfaces status"], device.UnreadCommands.Select(c => c.Value));
        Assert.Contains(device.Notes, n => n.EndsWith("'show interfaces status' was typed at its prompt; CertInspect does not read that command's output", StringComparison.Ordinal));
    }
}
