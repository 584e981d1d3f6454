namespace CertInspect.Reporting;

/// <summary>Writes an audit report in one format (table, CSV, JSON, Markdown, HTML).</summary>
public interface IReportWriter : IReportWriter<Report>
{
    /// <summary>
    /// Whether the format prints the summary before the devices: the audit then counts it in a pass of its own before
    /// writing. A format that does not (CSV) gets a report without one and streams each device once.
    /// </summary>
    bool PrintsSummary { get; }
}
