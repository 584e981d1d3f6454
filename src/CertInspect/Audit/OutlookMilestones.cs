using System.Globalization;
using CertInspect.Facts;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>
/// The dates a report's outlook counts ends up to: the report's date plus each horizon, and the end of every Cisco
/// root CA (rules data: ciscoCas) that falls within one MIC lifetime (rules data: micLifetime, FN-63942) of the
/// report's date, such as Cisco Root CA 2048 on 2029-05-14. Later ends are beyond what an audit plans for.
/// </summary>
internal static class OutlookMilestones
{
    public static IReadOnlyList<Milestone> For(EvaluationContext context, CiscoFacts facts)
    {
        DateOnly asOf = context.AsOf;
        DateOnly planningEnd = asOf.AddYears(facts.MicLifetime.ValidityYears);
        var milestones = context.Horizons
            .Select(days => new Milestone(asOf.AddDays(days), string.Create(CultureInfo.InvariantCulture, $"within {days} days")))
            .ToList();
        foreach (IGrouping<DateOnly, CiscoCa> ending in facts.CiscoCas
            .Where(ca => ca.Role == "root" && ca.NotAfter is not null)
            .GroupBy(ca => DateOnly.FromDateTime(ca.NotAfter!.Value.UtcDateTime))
            .Where(g => g.Key > asOf && g.Key <= planningEnd))
        {
            milestones.Add(new Milestone(ending.Key, $"{string.Join(" and ", ending.Select(ca => ca.CommonName).Order(StringComparer.Ordinal))} and the CAs under it end", IsCaEnd: true));
        }

        // One milestone per date: a horizon that lands on a CA's end says both.
        return [.. milestones
            .GroupBy(m => m.Date)
            .OrderBy(g => g.Key)
            .Select(g => new Milestone(g.Key, string.Join("; ", g.Select(m => m.Label)), g.Any(m => m.IsCaEnd)))];
    }
}
