namespace CertInspect.Evidence;

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

    /// <summary>
    /// For a certificate described in pasted command output rather than decoded: the command that described it
    /// ("show crypto pki certificates", ...). Such a certificate has no DER, no signature to verify and only the
    /// fingerprints the text printed; null for a decoded certificate.
    /// </summary>
    public string? TextSource { get; init; }

    public bool IsTextual => TextSource is not null;

    /// <summary>The role the text states ("CA Certificate", "Manufacturer Installed Certificate"); null when it states none.</summary>
    public CertificateRole? StatedRole { get; init; }

    /// <summary>Whether the text gave a start date (the 9800's "config general" prints only the expiry).</summary>
    public bool HasNotBefore { get; init; } = true;

    /// <summary>For a textual certificate: the other fields the text gave (status, storage, trustpoints, ...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> TextFields { get; init; } = [];

    /// <summary>Dates the text gave in a time zone CertInspect does not know: read as UTC, possibly hours off.</summary>
    public IReadOnlyList<string> AmbiguousTimes { get; init; } = [];

    /// <summary>For a textual certificate: how a date the text could not print was read back (a 32-bit clock's wrap), and
    /// whether the catalogue of Cisco CAs agrees; every message quoting the certificate's evidence carries them.</summary>
    public IReadOnlyList<string> DateNotes { get; init; } = [];

    /// <summary>Issuer and subject names are the same: self-issued (RFC 5280 §3.2), a root or an SSC.</summary>
    public bool IsSelfIssued => Subject.Matches(Issuer);

    public int DaysLeft(DateOnly asOf) => DateOnly.FromDateTime(NotAfter.UtcDateTime).DayNumber - asOf.DayNumber;
}
