using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>
/// Issue 25, points 3 and 5, read at the capture level: what a device says it is (show inventory's DESCR, the
/// label above its certificate, the controller process of its log) is kept for the fleet to judge, and a
/// controller's output pasted before its prompt is marked the same device as the prompt.
/// </summary>
public sealed class KindWordsTests
{
    // Before: the DESCR was read past, and the Catalyst 3750G's integrated controller was a switch by its PID.
    [Fact]
    public void Read_InventoryChassisDescr_IsTheDevicesDescription()
    {
        CapturedDevice controller = Assert.Single(Read(Fixture("wlc-3750g-integrated-inventory.txt")).Devices);

        Assert.Equal(["WS-C3750G-24PS-W24"], controller.Models.Select(m => m.Value));
        CapturedValue description = Assert.Single(controller.Descriptions);
        Assert.Equal("Cisco Wireless Controller", description.Value);
        Assert.Equal(8, description.Evidence.Location.Line);
    }

    [Fact]
    public void Read_ApInventory_EachApsChassisDescrIsItsOwn()
    {
        const string Output = "(WLC-A) >show ap inventory all\n\nInventory for B1-AP-1\n\nNAME: \"AP2800\"    , DESCR: \"Cisco Aironet 2800 Series (IEEE 802.11ac) Access Point\"\nPID: AIR-AP2802I-E-K9,  VID: V01,  SN: FGL2231A0B1\n\nInventory for B1-AP-2\n\nNAME: \"AP1850\"    , DESCR: \"Cisco Aironet 1850 Series (IEEE 802.11ac) Access Point\"\nPID: AIR-AP1852I-E-K9,  VID: V01,  SN: KWC2230A0C2\n";

        CaptureReport report = Read(Output);

        Assert.Equal(["Cisco Aironet 2800 Series (IEEE 802.11ac) Access Point"], Single(report, "B1-AP-1").Descriptions.Select(d => d.Value));
        Assert.Equal(["Cisco Aironet 1850 Series (IEEE 802.11ac) Access Point"], Single(report, "B1-AP-2").Descriptions.Select(d => d.Value));
        Assert.Empty(Single(report, "WLC-A").Descriptions);
    }

    // Before: "eWLC:" was read as a field of the certificate above it; the label is the next certificate's.
    [Fact]
    public void Read_LabelAboveAnOpensslCertificate_DescribesThatCertificatesDevice()
    {
        List<CapturedDevice> devices = [.. Read(Fixture("openssl-text-controller-labels.txt")).Devices.Where(d => d.Certificates.Count > 0)];

        Assert.Equal(3, devices.Count);
        Assert.Equal("005056A1B2C3", Assert.Single(devices[0].Certificates).Certificate.Subject.CommonName);
        Assert.Equal(["eWLC"], devices[0].Descriptions.Select(d => d.Value));
        Assert.Equal(["Lobby AP"], devices[1].Descriptions.Select(d => d.Value));
        Assert.Empty(devices[2].Descriptions);
    }

    // A converged-access switch's log from its wireless control module ("1 wcm:") is a controller's log.
    [Fact]
    public void Read_LogOfTheWcmProcess_MakesTheSwitchAController()
    {
        CapturedDevice sw = Single(Read(Fixture("wlc-3850-wcm-bad-certificate.txt")), "STACK-3850");

        Assert.Equal(DeviceRole.Controller, sw.Role);
        Assert.Equal(3, sw.LogLinesAboutAps.Count);
    }

    // Issue 25, point 5: before, the output and the prompt were two controllers ("capture:FILE" and "…#2" when
    // neither named itself).
    [Fact]
    public void Read_ControllerOutputBeforeItsPrompt_IsMarkedTheSameDeviceAsThePrompt()
    {
        CaptureReport report = Read(Fixture("wlc-output-before-prompt.txt"));

        CapturedDevice output = Single(report, "CAMPUS-WLC2");
        CapturedDevice prompt = Assert.Single(report.Devices, d => d.Context == "Cisco Controller");
        Assert.Same(prompt, output.SameDeviceAs);
        Assert.All(report.Devices.Where(d => d.Controller is not null), ap => Assert.Same(output, ap.Controller));
    }

    [Theory]
    // Another controller's prompt: its name is not the one the output gives.
    [InlineData("(WLC-OTHER) >")]
    // An AP's prompt after a controller's output.
    [InlineData("AP#show version")]
    public void Read_OutputBeforeAnotherDevicesPrompt_StaysItsOwn(string promptLine)
    {
        string text = Fixture("wlc-output-before-prompt.txt").Replace("(Cisco Controller) >", promptLine, StringComparison.Ordinal);

        Assert.Null(Single(Read(text), "CAMPUS-WLC2").SameDeviceAs);
    }

    private static string Fixture(string name) => File.ReadAllText(TestData.Path("field", name));

    private static CapturedDevice Single(CaptureReport report, string name) =>
        Assert.Single(report.Devices, d => d.Names.Any(n => n.Value == name));

    private static CaptureReport Read(string text) => CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "capture.txt");
}
