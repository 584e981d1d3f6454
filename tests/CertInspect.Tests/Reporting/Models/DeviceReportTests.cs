using CertInspect.Evidence;
using CertInspect.Reporting.Models;
using CertInspect.Tests.Certificates;

namespace CertInspect.Tests.Reporting.Models;

/// <summary>
/// The days a report gives, computed here once for every format: "MIC days left" (CSV's mic_days_left, the
/// workbook's column) counts to the MIC or SUDI the run holds, else to the end predicted from the serial; the days
/// beside a predicted date count to the prediction.
/// </summary>
public sealed class DeviceReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    // Issue 28: CSV's mic_days_left counted to the prediction (55) and the workbook's to the MIC (60).
    [Fact]
    public void MicDaysLeft_MicInTheRun_CountsToTheMicNotThePrediction()
    {
        InventoryObservation row = new(new SourceLocation("inv.csv", 2), "row", "FCW2103C1D2", "AP-B", "AIR-AP1832I-E-K9", "94D4.69F8.2DE8", null, []);
        var report = new DeviceReport(Assert.Single(CertificateDevices.All(["aps/ap1g4-mic.der"], inventory: [row])), [], AsOf);

        Assert.Equal(new DateOnly(2027, 1, 20), report.MicEnds);
        Assert.Equal(60, report.MicDaysLeft);
        Assert.Equal(55, report.PredictedMicDaysLeft);
    }

    [Fact]
    public void MicDaysLeft_NoCertificate_CountsToThePrediction()
    {
        var report = new DeviceReport(Devices.From("FCW2103C1D2", "AIR-AP1832I-E-K9"), [], AsOf);

        Assert.Equal(55, report.MicDaysLeft);
        Assert.Equal(55, report.PredictedMicDaysLeft);
    }

    [Fact]
    public void MicDaysLeft_MicWithoutSerial_CountsToTheMic()
    {
        var report = new DeviceReport(CertificateDevices.One("aps/c1130-mic-expired.pem"), [], AsOf);

        Assert.Null(report.PredictedMicDaysLeft);
        Assert.Equal(report.MicEnds!.Value.DayNumber - AsOf.DayNumber, report.MicDaysLeft);
        Assert.True(report.MicDaysLeft < 0);
    }
}
