using CertInspect.Audit;
using CertInspect.Reporting.Html;
using CertInspect.Reporting.Models;

namespace CertInspect.Tests.Reporting.Html;

public sealed class WorstDevicesTests
{
    [Fact]
    public void Select_KeepsTheWorstRisk_ThenTheEarliestEnd_AndCountsEveryDevice()
    {
        using AuditResult result = SmallAudit.Run();

        (IReadOnlyList<DeviceReport> kept, int total) = WorstDevices.Select(result.Report.Devices, limit: 2);

        // Both critical; FCW1410A1B2's MIC ended in 2020, FOC1837X1Y2's in 2024.
        Assert.Equal(3, total);
        Assert.Equal(["FCW1410A1B2", "FOC1837X1Y2"], kept.Select(d => d.Device.Serial!.Text));
    }

    [Fact]
    public void Select_UnderTheLimit_KeepsEveryDevice_MostUrgentFirst_TiesInInputOrder()
    {
        using AuditResult result = SmallAudit.Run();

        (IReadOnlyList<DeviceReport> kept, int total) = WorstDevices.Select(result.Report.Devices, limit: 100);

        Assert.Equal(3, total);
        Assert.Equal(["FCW1410A1B2", "FOC1837X1Y2", "FGL2131A3JS"], kept.Select(d => d.Device.Serial!.Text));
    }
}
