using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>One device with its findings, as evaluated at the report's date.</summary>
public sealed record DeviceReport(DeviceRecord Device, IReadOnlyList<Finding> Findings, int? MicDaysLeft)
{
    /// <summary>The worst finding's severity; null ("ok") when there is none.</summary>
    public Severity? Risk => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
