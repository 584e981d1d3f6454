using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Tests.Rules;

public sealed class ControllerInUseTests
{
    [Theory]
    [InlineData("17.6.5", "IOS-XE 17.6.5 predates SUDI-2099 support (17.7.1)")]
    [InlineData("17.9.4a", "IOS-XE 17.9.4a supports SUDI-2099 certificates (from 17.7.1)")]
    public void Narrow_Catalyst9800Release_SaysWhetherItSupportsSudi2099(string release, string note)
    {
        DeviceRecord ap = Devices.From("FGL2131A3JS", "AIR-AP2802I-E-K9");
        var context = Devices.At("2026-11-21") with { ControllerPlatform = "9800", ControllerRelease = release };

        ControllerInUse controller = ControllerInUse.For(ap, context, BuiltInRules.Set.Facts)!;
        Remediation remediation = controller.Narrow(Devices.Rule("ca.expiring"));

        Assert.Null(remediation.AireOs);
        Assert.Contains(note, remediation.Catalyst9800, StringComparison.Ordinal);
        Assert.Contains($"[Controller in use: Catalyst 9800 (IOS-XE 16.10 and later) {release} (the command line).]", remediation.Catalyst9800, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NothingNamesAController_IsNull()
    {
        Assert.Null(ControllerInUse.For(Devices.From("FOC1837X1Y2"), Devices.At("2026-11-21"), BuiltInRules.Set.Facts));
    }

    [Fact]
    public void For_ReleaseAlone_TellsThePlatformByItsForm()
    {
        var context = Devices.At("2026-11-21") with { ControllerRelease = "8.10.185.0" };

        Assert.Equal("aireos", ControllerInUse.For(Devices.From("FOC1837X1Y2"), context, BuiltInRules.Set.Facts)?.Platform.Id);
    }
}
