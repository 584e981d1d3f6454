namespace CertInspect.Reporting;

/// <summary>Writes a finished model in one format (an audit <see cref="Models.Report"/>: table, CSV, JSON, JSON Lines,
/// Markdown, HTML). A writer decides nothing: it prints what the model holds.</summary>
public interface IReportWriter<in TModel>
{
    void Write(TModel model, TextWriter output);
}
