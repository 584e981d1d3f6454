using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>What a certificate file held: its format, the certificates read, and what could not be read.</summary>
public sealed record CertificateFileContents(string Format, IReadOnlyList<LocatedCertificate> Certificates, IReadOnlyList<InputError> Errors);
