namespace CertInspect.Reporting;

/// <summary>Writes a report in one format. A writer decides nothing: it prints what the report holds.</summary>
public interface IReportWriter
{
    void Write(Report report, TextWriter output);
}
