using CertInspect.Fleet;
using CertInspect.Reporting;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>The outcome of an audit: the report to write, and what a gate needs. Owns the run's spill file.</summary>
public sealed class AuditResult(Report report, Severity? worstRisk, DeviceFleet fleet) : IDisposable
{
    public Report Report { get; } = report;

    /// <summary>The worst risk of any device; null when every device is ok or there is none.</summary>
    public Severity? WorstRisk { get; } = worstRisk;

    public void Dispose() => fleet.Dispose();
}
