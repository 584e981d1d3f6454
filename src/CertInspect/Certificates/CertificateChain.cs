namespace CertInspect.Certificates;

/// <summary>
/// A certificate's path to its root, leaf first. The effective end of trust is the earliest notAfter along it: a
/// MIC valid to 2099 is worth nothing after its CA ends.
/// </summary>
public sealed record CertificateChain(IReadOnlyList<ChainLink> Links, ChainEnd End)
{
    public DateTimeOffset EffectiveEnd => Links.Min(l => l.Certificate.Certificate.NotAfter);

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

    public string Describe() => string.Join(" <- ", Links.Select(l => l.Certificate.Certificate.Subject.CommonName ?? l.Certificate.Certificate.Subject.Rfc4514).Reverse());

}
