using CertInspect.Certificates;
using CertInspect.Fleet;
using CertInspect.Reporting;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>
/// The outcome of an audit: the report to write, and what a gate needs. Owns the run's spill file. The summary is
/// counted while a writer enumerates the devices; a writer that prints it first gets it finished in a pass of its own
/// (evaluation is pure, so both passes agree).
/// </summary>
public sealed class AuditResult : IDisposable
{
    private readonly Report _report;
    private readonly SummaryTally _tally;
    private readonly DeviceFleet _fleet;

    internal AuditResult(Report report, SummaryTally tally, DeviceFleet fleet)
    {
        _report = report;
        _tally = tally;
        _fleet = fleet;
    }

    /// <summary>The report without a summary: for a caller that reads the devices itself (acceptance).</summary>
    public Report Report => _report;

    /// <summary>The report as the writer needs it: with its summary finished when the writer prints one.</summary>
    public Report ReportFor(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return ReportFor(writer.PrintsSummary);
    }

    /// <summary>The report with its summary finished first (<paramref name="printsSummary"/>), or counted on the way.</summary>
    public Report ReportFor(bool printsSummary) =>
        printsSummary ? _report with { Summary = Summary } : _report with { SummaryAfterDevices = () => Summary };

    /// <summary>The counts; known without a further pass once the report's devices have been written.</summary>
    public ReportSummary Summary => _tally.Get(_report.Devices).Summary;

    /// <summary>The certificates that anchored chains: --trust files, then the built-in Cisco CAs unless left out.</summary>
    public IReadOnlyList<TrustAnchor> TrustAnchors { get; init; } = [];

    /// <summary>The worst risk of any device; ok when there is none.</summary>
    public Risk WorstRisk => _tally.Get(_report.Devices).Worst;

    public void Dispose() => _fleet.Dispose();
}
