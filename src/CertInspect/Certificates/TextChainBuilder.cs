using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>
/// Chains for certificates described in text: issuers are found by name among the CA certificates the captures
/// also described, and no link is verified, because text carries no signature. Each link says so, and the chain's
/// hash family comes from the algorithms the text printed or the issuing Cisco CA is known to use.
/// </summary>
public sealed class TextChainBuilder(CatalogueChain catalogue)
{
    /// <summary>The check every textual link gets.</summary>
    public static SignatureCheck NotVerifiable { get; } = new(SignatureCheckResult.Unsupported, "described in text: no signature to verify");

    private readonly Dictionary<string, List<LocatedCertificate>> _bySubject = new(StringComparer.Ordinal);

    /// <summary>A builder that knows no catalogue: chains end where their certificates end.</summary>
    public TextChainBuilder()
        : this(CatalogueChain.None)
    {
    }

    public void Add(LocatedCertificate ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        if (!_bySubject.TryGetValue(ca.Certificate.Subject.MatchKey, out List<LocatedCertificate>? copies))
        {
            _bySubject[ca.Certificate.Subject.MatchKey] = copies = [];
        }

        copies.Add(ca);
    }

    // Several captures may describe a CA of the same name (each device prints its trustpoints): the copy the leaf's own
    // capture printed, else the one that ends first, else the first by content. Never the first met: the order of
    // the inputs must not decide a chain.
    private static LocatedCertificate Issuer(List<LocatedCertificate> copies, LocatedCertificate leaf) =>
        copies
            .OrderBy(c => string.Equals(c.Location.Source, leaf.Location.Source, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Certificate.NotAfter)
            .ThenBy(c => c.Certificate.Sha256Fingerprint, StringComparer.Ordinal)
            .First();

    public CertificateChain Build(LocatedCertificate leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        return ChainWalk.Walk(leaf, current =>
        {
            // A certificate printed without names is not its own issuer, nor is one whose issuer has no name found.
            CertificateFacts facts = current.Certificate;
            if (facts.IsSelfIssued && facts.Subject.Rdns.Count > 0)
            {
                return ChainStep.SelfIssued(NotVerifiable);
            }

            return _bySubject.TryGetValue(facts.Issuer.MatchKey, out List<LocatedCertificate>? copies) && facts.Issuer.Rdns.Count > 0
                ? ChainStep.Up(Issuer(copies, leaf), NotVerifiable)
                : ChainStep.IssuerMissing(catalogue.Above(facts.Issuer));
        });
    }
}
