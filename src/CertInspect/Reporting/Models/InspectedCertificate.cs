using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Reporting.Models;

/// <summary>One certificate as inspect shows it. GenuineCiscoCa is set for a certificate named like a Cisco CA
/// whose fingerprint is known: whether it is that CA's certificate.</summary>
public sealed record InspectedCertificate(
    LocatedCertificate Located,
    CertificateRole Role,
    CertificateIdentity Identity,
    CertificateChain Chain,
    bool? GenuineCiscoCa);
