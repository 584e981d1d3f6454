using CertInspect.Reporting.Models;

namespace CertInspect.Reporting;

/// <summary>Writes an audit report in one format (table, CSV, JSON, JSON Lines, Markdown, HTML).</summary>
public interface IReportWriter : IReportWriter<Report>
{
    /// <summary>
    /// Whether the format prints the summary before the devices: the audit then counts it in a pass of its own before
    /// writing. A format that does not gets a report without one, enumerates the devices once, and reads the counts of
    /// that enumeration from <see cref="Report.SummaryOfEnumeratedDevices"/>.
    /// </summary>
    bool PrintsSummary { get; }
}
