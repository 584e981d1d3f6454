namespace CertInspect.Reporting.Formatted;

/// <summary>The formats of the writers of one model (inspect, parse, rules, the acceptance receipt, diff).</summary>
public enum ModelFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}
