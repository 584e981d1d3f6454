using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures.Sections;

/// <summary>Issue 27, point 2: the APs of show ap cdp neighbors and the switches they hang off.</summary>
public sealed class ApCdpNeighborsSectionTests
{
    [Fact]
    public void Read_WiredNeighbourIsASwitch_MeshNeighboursAreTheApsThemselves()
    {
        CaptureReport report = CaptureFixtures.ReadField("wlc-ap-cdp-neighbors.txt");

        CapturedDevice root = CaptureFixtures.Named(report, "YARD-RAP1");
        Assert.Equal(DeviceRole.AccessPoint, root.Role);
        Assert.Equal(["10.60.1.20"], root.IpAddresses.Select(a => a.Value));
        CapturedDevice sw = Assert.Single(report.Devices, d => d.Role == DeviceRole.Switch);
        Assert.Equal("yard-access-sw1", sw.Names[0].Value);
        Assert.Equal(["10.60.1.2"], sw.IpAddresses.Select(a => a.Value));
        Assert.Equal(5, report.Devices.Count);
    }

    [Fact]
    public void Read_9800FormWithoutNeighbourAddress_ReadsThePort()
    {
        const string Output = "WLC9800#show ap cdp neighbors\nNumber of neighbors: 1\n\nAP Name                          AP IP                                     Neighbor Name                    Neighbor Port\n------------------------------------------------------------------------------------------------------------\nHALL-AP-2                        10.5.5.12                                 hall-sw.example.net              GigabitEthernet1/0/7\n";

        CaptureReport report = CaptureFixtures.ReadAsAuditDoes(Output);

        CapturedDevice sw = Assert.Single(report.Devices, d => d.Role == DeviceRole.Switch);
        Assert.Contains(sw.Notes, n => n.Contains("the CDP neighbour of AP HALL-AP-2 on its port GigabitEthernet1/0/7", StringComparison.Ordinal));
        Assert.Empty(report.Diagnostics);
    }
}
