using CertInspect.Reporting;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting;

public sealed class AuditVerdictTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    // The counts of critical, high, medium, low, unjudged, info, ok (RiskNames.WorstFirst).
    [Theory]
    [InlineData(new[] { 0, 2, 0, 0, 0, 1, 4 }, 1, 0, 0, 0, "worst risk high; 1 AP cannot join a controller that enforces MIC validity on 2026-11-21")]
    [InlineData(new[] { 3, 0, 0, 0, 0, 0, 0 }, 3, 3, 0, 0, "worst risk critical; 3 APs cannot join a controller that enforces MIC validity on 2026-11-21 (all predicted from the serial)")]
    [InlineData(new[] { 3, 0, 0, 0, 0, 0, 0 }, 3, 2, 0, 0, "worst risk critical; 3 APs cannot join a controller that enforces MIC validity on 2026-11-21 (2 of them predicted from the serial)")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 5 }, 0, 0, 0, 0, "worst risk ok; 0 APs cannot join a controller that enforces MIC validity on 2026-11-21")]
    // Issue 25: an ok device and devices nothing was checked on are counted apart, and unjudged outranks ok.
    [InlineData(new[] { 0, 0, 0, 0, 4, 0, 1 }, 0, 0, 0, 0, "worst risk unjudged; 0 APs cannot join a controller that enforces MIC validity on 2026-11-21; 4 devices unjudged (nothing to check)")]
    [InlineData(new[] { 0, 0, 0, 0, 1, 0, 1 }, 0, 0, 2, 0, "worst risk unjudged; no AP among the devices; 1 device unjudged (nothing to check); 2 devices of unknown kind, not counted as APs")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 1, 1 }, 0, 0, 0, 2, "worst risk info; no AP among the devices")]
    public void Describe_Summary_SaysTheWorstRiskWhatCannotJoinAndWhatWasNotChecked(int[] byRisk, int cannotJoin, int predicted, int unknownKind, int other, string expected)
    {
        Assert.Equal(expected, AuditVerdict.Describe(Summary(byRisk, cannotJoin, predicted, unknownKind, other), AsOf));
    }

    [Fact]
    public void Describe_AsOfTheDayOfTheRun_SaysToday()
    {
        Assert.Equal(
            "worst risk critical; 1 AP cannot join a controller that enforces MIC validity today (predicted from its serial)",
            AuditVerdict.Describe(Summary([1, 0, 0, 0, 0, 0, 0], 1, 1, 0, 0), AsOf, asOfIsToday: true));
    }

    private static ReportSummary Summary(int[] byRisk, int cannotJoin, int predicted, int unknownKind, int other)
    {
        Risk[] risks = [Risk.Critical, Risk.High, Risk.Medium, Risk.Low, Risk.Unjudged, Risk.Info, Risk.Ok];
        return new ReportSummary(
            byRisk.Sum(),
            0,
            [.. risks.Zip(byRisk, (risk, count) => new KeyValuePair<Risk, int>(risk, count))],
            [],
            new FleetOutlook(cannotJoin, [], 0, [], [], 0, []) { CannotJoinPredicted = predicted, UnknownKind = unknownKind, OtherDevices = other });
    }
}
