namespace CertInspect.Evidence;

/// <summary>A certificate and where it was found: the file, the line of its PEM block (none for binary files), the
/// container format, and its position in a bundle (1-based).</summary>
public sealed record LocatedCertificate(CertificateFacts Certificate, SourceLocation Location, string Container, int Index);
