using CertInspect.Fleet;
using CertInspect.Reporting;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>The outcome of an audit: the report to write, and what a gate needs. Owns the run's spill file.</summary>
public sealed class AuditResult(Report report, Func<Severity?> worstRisk, DeviceFleet fleet) : IDisposable
{
    public Report Report { get; } = report;

    /// <summary>The worst risk of any device; null when every device is ok or there is none. Known without a
    /// further pass once the report's devices have been written.</summary>
    public Severity? WorstRisk => worstRisk();

    public void Dispose() => fleet.Dispose();
}
