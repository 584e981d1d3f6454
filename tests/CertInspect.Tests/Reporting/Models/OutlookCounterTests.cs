using CertInspect.Audit;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting.Models;

public sealed class OutlookCounterTests
{
    [Fact]
    public void SmallAudit_CountsWhoCannotJoinToday_WhoHasNoEnd_AndTheFixesWithTheirPlaces()
    {
        using AuditResult result = SmallAudit.Run();
        FleetOutlook outlook = result.Summary.Outlook;

        // FOC1837X1Y2 (MIC predicted to end 2024-09-10) and FCW1410A1B2 (2020-03-05) have ended; the 2017 AP has no
        // known end ("not a serial" is an input error, not a device).
        Assert.Equal(2, outlook.CannotJoinToday);
        Assert.Equal(1, outlook.NoEndKnown);
        Assert.Equal(
            [("2027-02-19", "within 90 days", 0), ("2027-11-21", "within 365 days", 0),
             ("2029-05-14", "Cisco Root CA 2048 and the CAs under it end", 0), ("2033-11-18", "Cisco Root CA M1 and the CAs under it end", 0)],
            outlook.StopBy.Select(s => (s.Milestone.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Milestone.Label, s.Devices)));
        FixGroup mic = outlook.Fixes[0];
        Assert.Equal(("mic.predicted-expiry", Severity.Critical, 2), (mic.RuleId, mic.Severity, mic.Devices));
        Assert.Equal([new PlaceCount("HQ", 2)], mic.Places);
        Assert.Equal([("HQ", 2, 2), ("Branch", 1, 0)], outlook.Sites.Select(s => (s.Site, s.Devices, s.CannotJoinToday)));
        Assert.Equal([("2020-Q1", 1), ("2024-Q3", 1)], outlook.FirstEnds.Select(q => (q.Name, q.Devices)));
    }

    [Fact]
    public void Milestones_AreCumulativeFromToday_AndLeaveOutWhatHasEndedAlready()
    {
        var counter = new OutlookCounter(new DateOnly(2026, 11, 21), [new Milestone(new DateOnly(2027, 2, 19), "within 90 days"), new Milestone(new DateOnly(2029, 5, 14), "CA", IsCaEnd: true)]);
        using AuditResult result = new Auditor(BuiltInRules.Set).Run(
            [Observation("FOC2050A1B2", 2), Observation("FOC2220A1B2", 3), Observation("FOC1837X1Y2", 4)],
            new EvaluationContext(new DateOnly(2026, 11, 21), [90, 365]));
        foreach (DeviceReport device in result.Report.Devices)
        {
            counter.Add(device);
        }

        FleetOutlook outlook = counter.Finish();

        // 2016-W50 ends in December 2026 (within 90 days, so by 2029 too); 2018-W20 is after the MIC era; 2014-W37 has ended.
        Assert.Equal(1, outlook.CannotJoinToday);
        Assert.Equal([1, 1], outlook.StopBy.Select(s => s.Devices));
        Assert.Equal(1, outlook.NoEndKnown);
    }

    [Fact]
    public void Milestones_AHorizonOnACasEnd_IsOneMilestoneSayingBoth()
    {
        // 2026-11-21 + 905 days is 2029-05-14, the end of Cisco Root CA 2048.
        IReadOnlyList<Milestone> milestones = OutlookMilestones.For(new EvaluationContext(new DateOnly(2026, 11, 21), [90, 905]), BuiltInRules.Set.Facts);

        Milestone cliff = Assert.Single(milestones, m => m.Date == new DateOnly(2029, 5, 14));
        Assert.Equal("within 905 days; Cisco Root CA 2048 and the CAs under it end", cliff.Label);
        Assert.True(cliff.IsCaEnd);
        Assert.Equal(milestones.Count, milestones.Select(m => m.Date).Distinct().Count());
    }

    private static CertInspect.Evidence.InventoryObservation Observation(string serial, int line) =>
        new(new CertInspect.Evidence.SourceLocation("fleet.csv", line), serial, serial, null, null, null, "HQ", []);
}
