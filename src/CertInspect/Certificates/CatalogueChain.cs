using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Certificates;

/// <summary>
/// What the CA catalogue knows above a certificate whose issuer is not at hand: the issuer by name, then its issuer,
/// up to a root (ACT2 SUDI CA → Cisco Root CA 2048). Their ends bound the end of trust even when their certificates
/// were not given.
/// </summary>
public sealed class CatalogueChain(IReadOnlyList<CiscoCa> catalogue)
{
    private readonly Dictionary<string, CiscoCa> _byName = catalogue
        .GroupBy(ca => ca.CommonName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty catalogue: chains then end where their certificates end.</summary>
    public static CatalogueChain None { get; } = new([]);

    /// <summary>The catalogue's CAs from the named issuer up, nearest first; empty when the name is not a Cisco CA's.</summary>
    public IReadOnlyList<CiscoCa> Above(DistinguishedName issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var above = new List<CiscoCa>();
        string? name = issuer.CommonName;
        while (name is not null && _byName.TryGetValue(name, out CiscoCa? ca) && !above.Contains(ca))
        {
            above.Add(ca);
            name = ca.IssuedBy;
        }

        return above;
    }
}
