using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>
/// Chains for certificates described in text: issuers are found by name among the CA certificates the captures
/// also described, and no link is verified, because text carries no signature. Each link says so, and the chain's
/// hash family comes from the algorithms the text printed or the issuing Cisco CA is known to use.
/// </summary>
public sealed class TextChainBuilder(CatalogueChain catalogue)
{
    private const int MaximumDepth = 10;

    /// <summary>The check every textual link gets.</summary>
    public static SignatureCheck NotVerifiable { get; } = new(SignatureCheckResult.Unsupported, "described in text: no signature to verify");

    private readonly Dictionary<string, LocatedCertificate> _bySubject = new(StringComparer.Ordinal);

    /// <summary>A builder that knows no catalogue: chains end where their certificates end.</summary>
    public TextChainBuilder()
        : this(CatalogueChain.None)
    {
    }

    public void Add(LocatedCertificate ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        _bySubject.TryAdd(ca.Certificate.Subject.MatchKey, ca);
    }

    public CertificateChain Build(LocatedCertificate leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var links = new List<ChainLink>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        LocatedCertificate current = leaf;
        while (true)
        {
            CertificateFacts facts = current.Certificate;
            if (facts.IsSelfIssued && facts.Subject.Rdns.Count > 0)
            {
                links.Add(new ChainLink(current, NotVerifiable));
                return new CertificateChain(links, ChainEnd.SelfIssued);
            }

            if (!visited.Add(facts.Subject.MatchKey) || links.Count == MaximumDepth)
            {
                links.Add(new ChainLink(current, null));
                return new CertificateChain(links, ChainEnd.Broken);
            }

            if (!_bySubject.TryGetValue(facts.Issuer.MatchKey, out LocatedCertificate? issuer) || facts.Issuer.Rdns.Count == 0)
            {
                links.Add(new ChainLink(current, null));
                return new CertificateChain(links, ChainEnd.IssuerMissing) { KnownAbove = catalogue.Above(facts.Issuer) };
            }

            links.Add(new ChainLink(current, NotVerifiable));
            current = issuer;
        }
    }
}
