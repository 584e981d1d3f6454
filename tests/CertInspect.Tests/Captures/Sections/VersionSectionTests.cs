using CertInspect.Evidence;

namespace CertInspect.Tests.Captures.Sections;

/// <summary>Issue 27, point 4: a router's or a switch's show version gives its model line and board ID.</summary>
public sealed class VersionSectionTests
{
    [Fact]
    public void Read_RouterModelLineAndBoardId_AreItsModelAndSerial()
    {
        CapturedDevice router = Assert.Single(CaptureFixtures.ReadField("router-1921-show-version.md").Devices);

        Assert.Equal(["CISCO1921/K9"], router.Models.Select(m => m.Value));
        Assert.Equal(["FTX1840A1BC"], router.Serials.Select(s => s.Value));
    }

    // A platform the rules data does not know would be judged as an AP: its board ID is no manufacturing date.
    [Fact]
    public void Read_BoardIdOfAnUnknownPlatform_IsNotTakenForItsSerial()
    {
        const string Output = "R1#show version\nCisco IOS Software, 2400 Software (C2430-I6K9O3S-M), Version 12.4(15)T8, RELEASE SOFTWARE (fc3)\ncisco IAD2430-24FXS (MPC8272) processor (revision 0x100) with 117760K/13312K bytes of memory.\nProcessor board ID FHK1208A1BC\n";

        CapturedDevice device = Assert.Single(CaptureFixtures.ReadAsAuditDoes(Output).Devices);

        Assert.Empty(device.Serials);
        Assert.Equal(["IAD2430-24FXS"], device.Models.Select(m => m.Value));
        Assert.Contains(device.Notes, n => n.Contains("the board ID FHK1208A1BC is not taken for the serial", StringComparison.Ordinal));
    }

    // An embedded controller on AP hardware keeps the board ID for the AP's own show version: two records, as before.
    [Fact]
    public void Read_EmbeddedControllerOnApHardware_TakesNoBoardId()
    {
        const string Output = "EWC#show version\nCisco IOS XE Software, Version 17.06.01\nCisco IOS Software [Bengaluru], C9800-AP Software (C9800-AP-K9_IOSXE), Version 17.6.1, RELEASE SOFTWARE (fc1)\ncisco C9124AXE-B (ARM64) processor with 1000000K/3071K bytes of memory.\nProcessor board ID FOC24384ABC\n";

        CapturedDevice ewc = Assert.Single(CaptureFixtures.ReadAsAuditDoes(Output).Devices);

        Assert.Equal(DeviceRole.Controller, ewc.Role);
        Assert.Empty(ewc.Serials);
    }

    // AireOS prints the boot loader's and the emergency image's releases beside the running one (8.0.100.0 is the
    // CSCur43050 trigger); a later show sysinfo, after an upgrade, is the release now.
    [Fact]
    public void Read_TwoSysinfos_TheLaterProductVersionIsTheRelease()
    {
        CapturedDevice controller = CaptureFixtures.Named(CaptureFixtures.ReadField("blog-inline-code-sysinfo.md"), "lab-wlc");

        Assert.Equal("8.5.182.0", controller.Release?.Value);
        Assert.Equal(DeviceRole.Controller, controller.Role);
    }

    [Fact]
    public void Read_OxidizedDigest_ChassisTypeAndMaskedSerial()
    {
        CapturedDevice controller = CaptureFixtures.Named(CaptureFixtures.ReadField("oxidized-digest-wlc.txt"), "CAMPUS-WLC2");

        Assert.Equal("C9800-L-F-K9", controller.Models[0].Value);
        Assert.Empty(controller.Serials);
        Assert.Contains(controller.Notes, n => n.EndsWith("the serial 'FCL2XXXXXXX' is masked: not used", StringComparison.Ordinal));
        Assert.Equal("17.09.05", controller.Release?.Value);
    }
}
