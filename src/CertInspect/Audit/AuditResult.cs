using CertInspect.Certificates;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>
/// The outcome of an audit: the report to write, and what a gate needs. Owns the run's spill file. The summary is
/// counted while a writer enumerates the devices; asked for before, it is counted in a pass of its own (evaluation is
/// pure, so both passes agree).
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

    /// <summary>The report for a writer, or for a caller that reads the devices itself (acceptance).</summary>
    public Report Report => _report;

    /// <summary>The counts (<see cref="Report.Summary"/>); known without a further pass once the report's devices
    /// have been written.</summary>
    public ReportSummary Summary => _report.Summary;

    /// <summary>The certificates that anchored chains: --trust files, then the built-in Cisco CAs unless left out.</summary>
    public IReadOnlyList<TrustAnchor> TrustAnchors { get; init; } = [];

    /// <summary>The worst risk of any device; ok when there is none.</summary>
    public Risk WorstRisk => _tally.Get(_report.Devices).Worst;

    public void Dispose() => _fleet.Dispose();
}
