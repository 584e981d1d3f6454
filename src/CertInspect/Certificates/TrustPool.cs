using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The pool chains are built from: the run's certificates, the --trust files' and the built-in Cisco CAs. The last
/// two anchor chains, and reports name them: "--trust FILE", "built-in Cisco Root CA 2048 (crca2048.pem)".
/// </summary>
public static class TrustPool
{
    public static ChainBuilder Create(
        IEnumerable<LocatedCertificate> certificates,
        IEnumerable<LocatedCertificate> trusted,
        IEnumerable<LocatedCertificate> builtIn,
        CatalogueChain catalogue)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(builtIn);
        var chains = new ChainBuilder(catalogue);
        foreach (LocatedCertificate certificate in trusted)
        {
            chains.Add(certificate, $"--trust {certificate.Location.Source}");
        }

        foreach (LocatedCertificate certificate in builtIn)
        {
            chains.Add(certificate, BuiltInTrust.AnchorName(certificate));
        }

        foreach (LocatedCertificate certificate in certificates)
        {
            chains.Add(certificate);
        }

        return chains;
    }

    /// <summary>The anchors of a pool, --trust files first, as a receipt lists them.</summary>
    public static IReadOnlyList<TrustAnchor> Anchors(IEnumerable<LocatedCertificate> trusted, IEnumerable<LocatedCertificate> builtIn)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(builtIn);
        return trusted.Select(c => new TrustAnchor($"--trust {c.Location.Source}", c.Certificate.Sha256Fingerprint))
            .Concat(builtIn.Select(c => new TrustAnchor(BuiltInTrust.AnchorName(c), c.Certificate.Sha256Fingerprint)))
            .ToList();
    }
}
