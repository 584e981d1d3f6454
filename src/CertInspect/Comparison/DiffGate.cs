using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Comparison;

/// <summary>
/// Whether a diff got worse at or above a risk: a device whose risk rose to it (unjudged included), a new device at it, or, on a
/// device whose risk stayed, a finding at it that appeared or was raised to it. A device whose risk fell never
/// counts (mic.expiring appearing where mic.expired resolved is better). Without a threshold, anything from info up counts.
/// </summary>
public static class DiffGate
{
    public static int WorseChanges(AuditDiff diff, Risk? threshold)
    {
        ArgumentNullException.ThrowIfNull(diff);
        int least = threshold is { } t ? (int)t : (int)Risk.Info;
        return diff.Changes.Count(c =>
            (c.Kind is DeviceChangeKind.RiskRaised or DeviceChangeKind.New && AuditReportReader.Rank(c.NewRisk ?? RiskNames.Ok) >= least)
            || (c.Kind is DeviceChangeKind.FindingsChanged && (
                c.Appeared.Any(a => AuditReportReader.Rank(a.Severity) >= least)
                || c.Regraded.Any(r => AuditReportReader.Rank(r.Severity) > AuditReportReader.Rank(r.Previous!) && AuditReportReader.Rank(r.Severity) >= least))));
    }
}
