using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

/// <summary>
/// What a device is, from its capture, its own words, its model and its certificates' MACs, and what is said when
/// they disagree (issue 19, class 2; issue 25, point 3).
/// </summary>
public sealed class DeviceKindTests
{
    private static readonly DeviceKind _kinds = new(new ModelCatalog(BuiltInRules.Set.Facts.ModelFamilies), BuiltInRules.Set.Facts.DeviceKindEvidence);

    private static readonly EvidenceLine _line = new(new SourceLocation("capture.txt", 3), "NAME: \"Chassis\" , DESCR: \"Cisco Wireless Controller\"");

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

        string? kind = _kinds.Decide(new KindEvidence { Model = model, CapturedRole = captured }, notes);

        Assert.Equal(expected, kind);
        Assert.Equal(noted, notes.Count == 1);
    }

    // Issue 25, point 3: AP PIDs the families miss, a model written as words, the platform a MIC or SSC names, and
    // controller PIDs of blades and modules are data (deviceKindEvidence); before, each was of no kind.
    [Theory]
    [InlineData("AIR-LAP1131AG-E-K9", "ap")]
    [InlineData("AIR-CAP1532I-E-K9", "ap")]
    [InlineData("AIR-AP1815I-E-K9", "ap")]
    [InlineData("CW9166I-E", "ap")]
    [InlineData("C9162I-E", "ap")]
    [InlineData("Cisco Aironet AP (refurb)", "ap")]
    [InlineData("AP1G2", "ap")]
    [InlineData("C1130", "ap")]
    [InlineData("C1240", "ap")]
    [InlineData("WS-SVC-WISM-1-K9-DC", "controller")]
    [InlineData("AIR-WLC4402-25-K9", "controller")]
    // Not an AP platform: a router's PID, and a word that only looks like one.
    [InlineData("C1111-8P", "router")]
    [InlineData("C1130X", null)]
    [InlineData("Aironet", "ap")]
    [InlineData("refurbished unit", null)]
    public void Decide_ModelsTheFamiliesMiss_AreKindsByData(string model, string? expected)
    {
        var notes = new List<string>();

        string? kind = _kinds.Decide(new KindEvidence { Model = model }, notes);

        Assert.Equal(expected, kind);
        Assert.Empty(notes);
    }

    // Issue 25, point 3: show inventory's DESCR "Cisco Wireless Controller" on a Catalyst 3750G integrated controller
    // (PID WS-C3750G-24PS-W24, a switch's) makes it a controller; the PID's family is a note. Before: a switch.
    [Fact]
    public void Decide_DescriptionBeatsThePidsFamily_WithANote()
    {
        var notes = new List<string>();

        string? kind = _kinds.Decide(new KindEvidence { Model = "WS-C3750G-24PS-W24", Descriptions = [new CapturedValue("Cisco Wireless Controller", _line)] }, notes);

        Assert.Equal("controller", kind);
        string note = Assert.Single(notes);
        Assert.Contains("WS-C3750G-24PS-W24 is a Catalyst switch", note, StringComparison.Ordinal);
        Assert.Contains("judged as a controller", note, StringComparison.Ordinal);
    }

    [Theory]
    // A label the text put above a certificate: whose it is.
    [InlineData("eWLC", "controller")]
    [InlineData("vWLC cert", "controller")]
    [InlineData("Porch AP", "ap")]
    [InlineData("Cheetah", null)]
    public void Decide_LabelAboveACertificate_NamesTheKind(string label, string? expected)
    {
        var notes = new List<string>();

        string? kind = _kinds.Decide(new KindEvidence { Descriptions = [new CapturedValue(label, _line)] }, notes);

        Assert.Equal(expected, kind);
    }

    // Issue 25, point 3: a certificate whose subject is a VMware MAC (00:50:56) is a virtual machine's, never an AP's:
    // a controller when nothing else names a kind, and even when an AP platform is named; a router VM stays a router.
    [Theory]
    [InlineData(null, "00:50:56:9c:62:2d", "controller", true)]
    [InlineData("AP1G4", "00:50:56:9c:62:2d", "controller", true)]
    [InlineData("CSR1000V", "00:50:56:9c:62:2d", "router", false)]
    [InlineData(null, "94:d4:69:f8:2d:e8", null, false)]
    public void Decide_VirtualMachineMac_IsNeverAnAp(string? model, string mac, string? expected, bool noted)
    {
        var notes = new List<string>();

        string? kind = _kinds.Decide(new KindEvidence { Model = model, CertificateMacs = [mac] }, notes);

        Assert.Equal(expected, kind);
        Assert.Equal(noted, notes.Any(n => n.Contains("VMware", StringComparison.Ordinal)));
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
