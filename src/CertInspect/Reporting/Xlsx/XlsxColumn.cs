namespace CertInspect.Reporting.Xlsx;

/// <summary>A worksheet column: its header and its width in characters.</summary>
public sealed record XlsxColumn(string Header, double Width);
