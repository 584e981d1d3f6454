using CertInspect.Evidence;

namespace CertInspect.Reporting.Models;

/// <summary>What inspect shows: every certificate read, classified, with its chain over the run's pool and --trust (see Audit/CertificateInspector).</summary>
public sealed record CertificateInspection(DateOnly AsOf, IReadOnlyList<InspectedCertificate> Certificates, IReadOnlyList<InputError> Errors);
