using System.Globalization;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// An audit's verdict in words, for the last line a person reads after it: the worst risk, and how many APs cannot
/// join today (the summary's outlook, <see cref="FleetOutlook.CannotJoinToday"/>, read as it is counted there). Where
/// the report went is the caller's to add: only it knows.
/// </summary>
public static class AuditVerdict
{
    /// <summary>"worst risk critical; 29 APs cannot join today".</summary>
    public static string Describe(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);

        // ByRisk lists every risk worst first, "ok" last: the worst is the first that any device has.
        string worst = summary.ByRisk.FirstOrDefault(p => p.Value > 0).Key ?? SeverityNames.Ok;
        int cannotJoin = summary.Outlook.CannotJoinToday;
        return string.Create(CultureInfo.InvariantCulture, $"worst risk {worst}; {cannotJoin} {(cannotJoin == 1 ? "AP" : "APs")} cannot join today");
    }
}
