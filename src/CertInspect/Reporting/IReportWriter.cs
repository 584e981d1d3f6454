namespace CertInspect.Reporting;

/// <summary>Writes a finished model in one format. A writer decides nothing: it prints what the model holds.</summary>
public interface IReportWriter<in TModel>
{
    void Write(TModel model, TextWriter output);
}
