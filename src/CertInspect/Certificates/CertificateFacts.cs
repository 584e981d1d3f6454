namespace CertInspect.Certificates;

/// <summary>
/// What one certificate says, read leniently: every field CertInspect reports, the bytes verification needs, and
/// the rules of RFC 5280 and X.690 DER the encoding breaks (Violations; empty for a conformant certificate).
/// </summary>
public sealed record CertificateFacts
{
    public required ReadOnlyMemory<byte> Der { get; init; }

    public required int Version { get; init; }

    /// <summary>The serial as hex of its content octets, upper case, as "show crypto pki certificates" prints it.</summary>
    public required string SerialHex { get; init; }

    public required DistinguishedName Subject { get; init; }

    public required DistinguishedName Issuer { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public required SignatureAlgorithm SignatureAlgorithm { get; init; }

    public required PublicKeyInfo PublicKey { get; init; }

    public string? SubjectKeyId { get; init; }

    public string? AuthorityKeyId { get; init; }

    /// <summary>basicConstraints cA; null when the extension is absent.</summary>
    public bool? IsCa { get; init; }

    public int? PathLength { get; init; }

    public IReadOnlyList<string> KeyUsage { get; init; } = [];

    public IReadOnlyList<string> SubjectAltNames { get; init; } = [];

    public IReadOnlyList<string> CrlDistributionPoints { get; init; } = [];

    public required string Sha256Fingerprint { get; init; }

    public required string Sha1Fingerprint { get; init; }

    public IReadOnlyList<string> Violations { get; init; } = [];

    /// <summary>The DER of tbsCertificate as it appears in the file: what the issuer signed.</summary>
    public required ReadOnlyMemory<byte> SignedPart { get; init; }

    public required ReadOnlyMemory<byte> SignatureValue { get; init; }

    /// <summary>Issuer and subject names are the same: self-issued (RFC 5280 §3.2), a root or an SSC.</summary>
    public bool IsSelfIssued => Subject.Matches(Issuer);

    public int DaysLeft(DateOnly asOf) => DateOnly.FromDateTime(NotAfter.UtcDateTime).DayNumber - asOf.DayNumber;
}
