using System.Security.Cryptography;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Checks one signature with one cryptographic library. An engine that cannot do the check (a host policy refuses
/// SHA-1, an unknown key type) throws <see cref="CryptographicException"/>: "cannot tell" is not "invalid".
/// </summary>
public interface ISignatureEngine
{
    /// <summary>How reports name the engine ("platform", "BouncyCastle").</summary>
    string Name { get; }

    /// <summary>Whether the issuer's key signed the certificate.</summary>
    /// <exception cref="CryptographicException">The engine cannot check this signature.</exception>
    bool Verify(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, SignatureScheme scheme);
}
