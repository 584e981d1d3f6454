using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

/// <summary>Issue 19, class 2: what a device is, from its model's family and its capture, and what is said when they disagree.</summary>
public sealed class DeviceKindTests
{
    private static readonly ModelCatalog _catalog = new(BuiltInRules.Set.Facts.ModelFamilies);

    [Theory]
    // The model decides; without one, the capture; without either, nothing is claimed.
    [InlineData("AIR-CAP3702I-E-K9", DeviceRole.Unknown, "ap", false)]
    [InlineData("WS-C2960S-48FPS-L", DeviceRole.Unknown, "switch", false)]
    [InlineData("ISR4331/K9", DeviceRole.Unknown, "router", false)]
    [InlineData(null, DeviceRole.AccessPoint, "ap", false)]
    [InlineData(null, DeviceRole.Unknown, null, false)]
    // An AP banner under a switch's prompt (CDP entries once were) does not make the switch an AP.
    [InlineData("WS-C2960S-48FPS-L", DeviceRole.AccessPoint, "switch", true)]
    // A switch or an AP that runs a controller's commands is a controller (converged access, embedded controllers).
    [InlineData("WS-C3850-24P", DeviceRole.Controller, "controller", true)]
    [InlineData("C9124AXE-B", DeviceRole.Controller, "controller", true)]
    [InlineData("C9800-40-K9", DeviceRole.Controller, "controller", false)]
    public void Decide_ModelFirstButAControllersCommandsWin(string? model, DeviceRole captured, string? expected, bool noted)
    {
        var notes = new List<string>();
        ModelFamily? family = _catalog.Identify(model);

        string? kind = DeviceKind.Decide(family, captured, model, notes);

        Assert.Equal(expected, kind);
        Assert.Equal(noted, notes.Count == 1);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("unknown", true)]
    [InlineData("ap", true)]
    [InlineData("controller", true)]
    [InlineData("switch", false)]
    [InlineData("router", false)]
    [InlineData("other", false)]
    public void IsWireless_OnlyApsControllersAndUnknownDevices(string? type, bool wireless) =>
        Assert.Equal(wireless, DeviceKind.IsWireless(type));
}
