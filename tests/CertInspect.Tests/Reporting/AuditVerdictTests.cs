using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class AuditVerdictTests
{
    [Theory]
    [InlineData(new[] { 0, 2, 0, 0, 1, 4 }, 1, "worst risk high; 1 AP cannot join today")]
    [InlineData(new[] { 3, 0, 0, 0, 0, 0 }, 3, "worst risk critical; 3 APs cannot join today")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 5 }, 0, "worst risk ok; 0 APs cannot join today")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0 }, 0, "worst risk ok; 0 APs cannot join today")]
    public void Describe_Summary_SaysTheWorstRiskAndTheOutlooksCannotJoinToday(int[] byRisk, int cannotJoin, string expected)
    {
        string[] risks = ["critical", "high", "medium", "low", "info", "ok"];
        var summary = new ReportSummary(
            byRisk.Sum(),
            0,
            [.. risks.Zip(byRisk, (risk, count) => new KeyValuePair<string, int>(risk, count))],
            [],
            new FleetOutlook(cannotJoin, [], 0, [], [], 0, []));

        Assert.Equal(expected, AuditVerdict.Describe(summary));
    }
}
