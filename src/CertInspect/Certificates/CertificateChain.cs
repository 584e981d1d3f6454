using CertInspect.Facts;

namespace CertInspect.Certificates;

/// <summary>
/// A certificate's path to its root, leaf first. The effective end of trust is the earliest notAfter along it: a
/// MIC valid to 2099 is worth nothing after its CA ends.
/// </summary>
public sealed record CertificateChain(IReadOnlyList<ChainLink> Links, ChainEnd End)
{
    /// <summary>For a chain whose issuer is missing: the Cisco CAs the catalogue knows above it, nearest first.</summary>
    public IReadOnlyList<CiscoCa> KnownAbove { get; init; } = [];

    /// <summary>What anchors the chain: a built-in Cisco CA certificate or a --trust file; null when neither ends it.</summary>
    public string? Anchor { get; init; }

    /// <summary>The earliest end along the chain: its certificates', and the catalogue's CAs above a missing issuer.</summary>
    public DateTimeOffset EffectiveEnd => EndBound().End;

    /// <summary>What sets <see cref="EffectiveEnd"/>: a certificate of the chain, or a CA named from the catalogue.</summary>
    public string EffectiveEndSource => EndBound().Source;

    public bool HasInvalidSignature => Links.Any(l => l.SignatureByIssuer?.Result == SignatureCheckResult.Invalid);

    /// <summary>
    /// The hashes of the signatures that make the chain, ordered. A root's signature on itself is not one of them:
    /// nobody relies on it, which is why SHA-1 roots still anchor SHA-2 chains.
    /// </summary>
    public IReadOnlyList<string> SignatureHashes => (End == ChainEnd.SelfIssued && Links.Count > 1 ? Links.Take(Links.Count - 1) : Links)
        .Select(l => l.Certificate.Certificate.SignatureAlgorithm.HashName)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private (DateTimeOffset End, string Source) EndBound()
    {
        (DateTimeOffset End, string Source) bound = Links
            .Select(l => (l.Certificate.Certificate.NotAfter, $"certificate {l.Certificate.Certificate.Subject.CommonName ?? l.Certificate.Certificate.Subject.Rfc4514}"))
            .MinBy(b => b.NotAfter);
        foreach (CiscoCa ca in KnownAbove)
        {
            if (ca.NotAfter is { } end && end < bound.End)
            {
                bound = (end, $"{ca.CommonName} (not given; its end is from the CA catalogue, ciscoCa '{ca.Id}')");
            }
        }

        return bound;
    }

    public string Describe() => string.Join(" <- ", Links.Select(l => l.Certificate.Certificate.Subject.CommonName ?? l.Certificate.Certificate.Subject.Rfc4514).Reverse());
}
