using CertInspect.Evidence;
namespace CertInspect.Captures;

/// <summary>Something a capture holds that CertInspect did not understand or had to assume. Never an error: the
/// capture is still read.</summary>
public sealed record CaptureDiagnostic(SourceLocation Location, string Message, string? Text = null);
