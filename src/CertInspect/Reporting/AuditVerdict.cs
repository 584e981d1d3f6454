using System.Globalization;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// An audit's verdict in words, for the last line a person reads after it: the worst risk, how many APs cannot join
/// at the report's date (the summary's outlook, <see cref="FleetOutlook.CannotJoinToday"/>, with the condition its
/// findings carry and how many rest on a prediction), and the devices nothing could be checked on or whose kind is
/// unknown. A run that read no device draws no verdict (<see cref="NothingRead"/>). Where the report went is the
/// caller's to add: only it knows.
/// </summary>
public static class AuditVerdict
{
    /// <summary>"worst risk critical; 29 APs cannot join a controller that enforces MIC validity on 2026-11-21 (25 of
    /// them predicted from the serial); 4 devices unjudged".</summary>
    /// <param name="asOfIsToday">Whether the report's date is the day of the run (no --as-of was given): "today"
    /// then, the date otherwise.</param>
    public static string Describe(ReportSummary summary, DateOnly asOf, bool asOfIsToday = false)
    {
        ArgumentNullException.ThrowIfNull(summary);

        // ByRisk lists every risk worst first: the worst is the first that any device has.
        Risk worst = summary.ByRisk.Where(p => p.Value > 0).Select(p => p.Key).DefaultIfEmpty(Risk.Ok).First();
        FleetOutlook outlook = summary.Outlook;
        var parts = new List<string> { $"worst risk {worst.ToName()}", CannotJoin(summary, asOf, asOfIsToday) };
        int unjudged = summary.ByRisk.FirstOrDefault(p => p.Key == Risk.Unjudged).Value;
        if (unjudged > 0)
        {
            parts.Add(Counted.Of(unjudged, "device") + " unjudged (nothing to check)");
        }

        if (outlook.UnknownKind > 0)
        {
            parts.Add(Counted.Of(outlook.UnknownKind, "device") + " of unknown kind, not counted as APs");
        }

        return string.Join("; ", parts);
    }

    /// <summary>"29 APs cannot join a controller that enforces MIC validity on 2026-11-21 (25 of them predicted from
    /// the serial)": the outlook's headline figure with its condition. An AP that cannot join at all cannot join such
    /// a controller either, so the condition holds for every AP counted.</summary>
    public static string CannotJoin(ReportSummary summary, DateOnly asOf, bool asOfIsToday = false)
    {
        ArgumentNullException.ThrowIfNull(summary);
        FleetOutlook outlook = summary.Outlook;
        int accessPoints = summary.Devices - outlook.OtherDevices - outlook.UnknownKind;
        string when = asOfIsToday ? "today" : "on " + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (accessPoints == 0)
        {
            return "no AP among the devices";
        }

        int cannot = outlook.CannotJoinToday;
        string predicted = outlook.CannotJoinPredicted == 0 ? string.Empty
            : outlook.CannotJoinPredicted == cannot ? (cannot == 1 ? " (predicted from its serial)" : " (all predicted from the serial)")
            : string.Create(CultureInfo.InvariantCulture, $" ({outlook.CannotJoinPredicted} of them predicted from the serial)");
        return string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(cannot, "AP")} cannot join a controller that enforces MIC validity {when}{predicted}");
    }
}
