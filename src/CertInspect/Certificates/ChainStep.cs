using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Certificates;

/// <summary>
/// One step of a chain walk from a certificate: up to its issuer, with the check of the certificate's signature by
/// it; or the end of the chain at a self-issued certificate, with the check of its signature on itself; or the end
/// for want of an issuer, with the Cisco CAs the catalogue knows above it.
/// </summary>
internal readonly record struct ChainStep(LocatedCertificate? Issuer, SignatureCheck? Check, ChainEnd End, IReadOnlyList<CiscoCa> KnownAbove)
{
    public static ChainStep Up(LocatedCertificate issuer, SignatureCheck check) => new(issuer, check, default, []);

    public static ChainStep SelfIssued(SignatureCheck check) => new(null, check, ChainEnd.SelfIssued, []);

    public static ChainStep IssuerMissing(IReadOnlyList<CiscoCa> knownAbove) => new(null, null, ChainEnd.IssuerMissing, knownAbove);
}
