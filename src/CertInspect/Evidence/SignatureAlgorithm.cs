using System.Security.Cryptography;

namespace CertInspect.Evidence;

/// <summary>A certificate's signature algorithm as named in reports, and what verification needs from it.</summary>
public sealed record SignatureAlgorithm(string Oid, string Name, HashAlgorithmName? Hash, SignatureScheme Scheme, int? PssSaltLength = null)
{
    public bool IsSha1 => Hash == HashAlgorithmName.SHA1;

    /// <summary>The hash as reports name it: sha1, sha256, ...; "unknown" when the algorithm is not recognised.</summary>
    public string HashName => Hash?.Name?.ToLowerInvariant() ?? "unknown";
}
