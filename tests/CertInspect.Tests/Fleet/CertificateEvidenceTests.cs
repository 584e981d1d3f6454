using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Tests.Certificates;

namespace CertInspect.Tests.Fleet;

public sealed class CertificateEvidenceTests
{
    [Fact]
    public void Join_BySudiSerialAndByCommonNameMac_ElseOwnDevices()
    {
        InventoryObservation[] inventory =
        [
            new(new SourceLocation("inv.csv", 2), "row", "fgl2131a3js", "AP-A", "AIR-AP2802I-E-K9", null, null, []),
            new(new SourceLocation("inv.csv", 3), "row", "FCW2103C1D2", "AP-B", "AIR-AP1832I-E-K9", "94D4.69F8.2DE8", null, []),
            new(new SourceLocation("inv.csv", 4), "row", "FOC1837X1Y2", "AP-C", null, null, null, []),
        ];

        List<DeviceRecord> devices = CertificateDevices.All(["aps/sudi-ecdsa.pem", "aps/ap1g4-mic.der", "aps/c1130-mic-expired.pem"], inventory: inventory);

        Assert.Equal(["serial:FGL2131A3JS", "serial:FCW2103C1D2", "serial:FOC1837X1Y2", "mac:00:11:22:aa:bb:cc"], devices.Select(d => d.Key.Text));
        Assert.Equal(["sudi"], devices[0].Certificates.Select(c => c.RoleId));
        Assert.Equal(["mic"], devices[1].Certificates.Select(c => c.RoleId));
        Assert.Empty(devices[2].Certificates);
        Assert.Equal("C1130", devices[3].Model);
        Assert.Null(devices[3].Serial);
        Assert.Equal(["inv.csv:3", "aps/ap1g4-mic.der"], devices[1].Occurrences.Select(o => o.Location.ToString()));
    }

    [Fact]
    public void Join_CaCertificates_AreNeverDevices()
    {
        List<DeviceRecord> devices = CertificateDevices.All(CertificateDevices.CaFixtures, withCas: false);

        Assert.Empty(devices);
    }

    [Fact]
    public void Join_TwoCertificatesOfOneAp_MakeOneDevice()
    {
        DeviceRecord device = CertificateDevices.One("aps/c2600-dual-mic.pem");

        Assert.Equal("mac:f4:4e:05:a1:b2:c3", device.Key.Text);
        Assert.Equal(2, device.Certificates.Count);
    }

    [Fact]
    public void Join_SerialBeatsAnEarlierRowsMac_InEitherOrder()
    {
        InventoryObservation byMac = new(new SourceLocation("inv.csv", 2), "row", "FOC1837X1Y2", "AP-MAC", null, "00aa.bbcc.dd01", null, []);
        InventoryObservation bySerial = new(new SourceLocation("inv.csv", 3), "row", "FCW2201A0B1", "AP-SERIAL", null, null, null, []);

        foreach (InventoryObservation[] inventory in new[] { new[] { byMac, bySerial }, [bySerial, byMac] })
        {
            List<DeviceRecord> devices = CertificateDevices.All(["aps/sudi-act2.pem"], inventory: inventory);

            Assert.Equal("AP-SERIAL", Assert.Single(devices, d => d.Certificates.Count > 0).Name);
            Assert.Equal(2, devices.Count);
        }
    }

    [Fact]
    public void Join_MacThatTwoRowsGive_JoinsNeither_InEitherOrder()
    {
        InventoryObservation first = new(new SourceLocation("inv.csv", 2), "row", "FOC1837X1Y2", "AP-1", null, "94D4.69F8.2DE8", null, []);
        InventoryObservation second = new(new SourceLocation("inv.csv", 3), "row", "FCW2103C1D2", "AP-2", null, "94:d4:69:f8:2d:e8", null, []);

        foreach (InventoryObservation[] inventory in new[] { new[] { first, second }, [second, first] })
        {
            List<DeviceRecord> devices = CertificateDevices.All(["aps/ap1g4-mic.der"], inventory: inventory);

            Assert.Equal("mac:94:d4:69:f8:2d:e8", Assert.Single(devices, d => d.Certificates.Count > 0).Key.Text);
            Assert.Equal(3, devices.Count);
        }
    }
}
