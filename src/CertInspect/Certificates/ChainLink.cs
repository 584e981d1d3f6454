using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>One certificate of a chain, and the check of its signature by the next one up (null at the end of a
/// chain whose issuer is missing).</summary>
public sealed record ChainLink(LocatedCertificate Certificate, SignatureCheck? SignatureByIssuer);
