namespace CertInspect.Facts;

/// <summary>
/// A Cisco certificate authority, as its certificate states it (rules data: ciscoCas, from the CA certificates themselves). Role says what it issues:
/// root (CAs), manufacturing (MICs) or sudi (SUDIs).
/// </summary>
public sealed record CiscoCa
{
    public required string Id { get; init; }

    public required string CommonName { get; init; }

    public required string Role { get; init; }

    public string? Organization { get; init; }

    public DateTimeOffset? NotAfter { get; init; }

    public string? Serial { get; init; }

    public string? SignatureAlgorithm { get; init; }

    /// <summary>
    /// The signature algorithm of the certificates this CA issues, where it is known (rules data: ciscoCas; MICs under Cisco
    /// Manufacturing CA are sha1WithRSA, under Cisco Manufacturing CA SHA2 sha256WithRSA). It classifies the chain of a
    /// certificate described in text, which has no signature of its own to look at.
    /// </summary>
    public string? LeafSignatureAlgorithm { get; init; }

    /// <summary>The first bytes of the SHA-256 fingerprint, colon-separated hex, when known.</summary>
    public string? Sha256Prefix { get; init; }

    /// <summary>The common name of the CA that issued this one; null for a root. It carries the end of trust up a
    /// chain whose CAs are not all at hand.</summary>
    public string? IssuedBy { get; init; }

    /// <summary>The file of Facts/Data/cisco-pki/ that holds the CA's certificate, built in as a trust anchor; null
    /// when no public copy is known.</summary>
    public string? Certificate { get; init; }

    /// <summary>The SHA-256 of that certificate's DER, lower-case hex: the built-in copy is checked against it.</summary>
    public string? Sha256 { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];
}
