namespace CertInspect.Evidence;

/// <summary>Input that could not become evidence: a file that could not be read, or a row that is not a usable device.</summary>
public sealed record InputError(SourceLocation Location, string Message, string? Text = null);
