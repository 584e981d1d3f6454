using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The walk every chain is built by (<see cref="ChainBuilder"/> over decoded certificates, <see cref="TextChainBuilder"/>
/// over certificates described in text): from the leaf up, one link per certificate, each step given by the builder,
/// until a self-issued certificate or a missing issuer ends it. A certificate met twice (a loop) or a chain longer than
/// <see cref="MaximumDepth"/> ends it as <see cref="ChainEnd.Broken"/>, without a link for the certificate that broke it.
/// </summary>
internal static class ChainWalk
{
    /// <summary>Longer than any real chain: Cisco's are two or three certificates.</summary>
    public const int MaximumDepth = 10;

    public static CertificateChain Walk(LocatedCertificate leaf, Func<LocatedCertificate, ChainStep> step)
    {
        var links = new List<ChainLink>();
        var met = new HashSet<string>(StringComparer.Ordinal);
        LocatedCertificate current = leaf;
        while (true)
        {
            if (!met.Add(current.Certificate.Sha256Fingerprint) || links.Count == MaximumDepth)
            {
                return new CertificateChain(links, ChainEnd.Broken);
            }

            ChainStep next = step(current);
            links.Add(new ChainLink(current, next.Check));
            if (next.Issuer is not { } issuer)
            {
                return new CertificateChain(links, next.End) { KnownAbove = next.KnownAbove };
            }

            current = issuer;
        }
    }
}
