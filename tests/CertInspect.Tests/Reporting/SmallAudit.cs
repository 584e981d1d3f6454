using System.Globalization;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Reporting;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting;

/// <summary>
/// A small audit every writer's golden test writes: a CSCur43050 candidate, an AP whose predicted MIC has ended, an
/// AP built after the MIC era, a repeated serial and a row that is not a serial, on 2026-11-21.
/// </summary>
internal static class SmallAudit
{
    private static readonly (string Serial, string? Name, string? Model, string? Site)[] _rows =
    [
        ("FOC1837X1Y2", "HQ-AP-01", "AIR-CAP2602I-E-K9", "HQ"),
        ("FCW1410A1B2", "HQ-AP-02", "AIR-LAP1142N-E-K9", "HQ"),
        ("FGL2131A3JS", "BR-AP-01", "AIR-AP2802E-E-K9", "Branch"),
        ("FOC1837X1Y2", "HQ-AP-01b", null, "HQ"),
        ("not a serial", null, null, null),
    ];

    /// <summary>The audit's result; dispose it after writing.</summary>
    public static AuditResult Run()
    {
        var context = new EvaluationContext(DateOnly.Parse("2026-11-21", CultureInfo.InvariantCulture), [90, 365]);
        IEnumerable<InventoryObservation> observations = _rows.Select((row, i) =>
            new InventoryObservation(new SourceLocation("fleet.csv", i + 2), string.Join(",", row.Serial, row.Name, row.Model, row.Site), row.Serial, row.Name, row.Model, null, row.Site, []));
        return new Auditor(BuiltInRules.Set).Run(observations, context);
    }

    /// <summary>What the writer writes of the small audit.</summary>
    public static string WrittenBy(IReportWriter<Report> writer)
    {
        using AuditResult result = Run();
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(result.Report, output);
        return output.ToString();
    }
}
