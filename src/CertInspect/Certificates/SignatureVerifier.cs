using System.Security.Cryptography;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Checks that an issuer's key signed a certificate: SHA-1 and SHA-2, PKCS #1 v1.5, PSS with a hash-length salt, and
/// ECDSA. The platform's engine is asked first (fast); where it refuses an algorithm (a host policy against SHA-1, as
/// on RHEL 9) BouncyCastle checks instead, so results never depend on the host's policy. The platform's chain builder
/// is never used: its policy and strict parsing would hide exactly what users need to see.
/// </summary>
public sealed class SignatureVerifier(ISignatureEngine primary, ISignatureEngine fallback)
{
    /// <summary>The platform, then BouncyCastle.</summary>
    public static SignatureVerifier Default { get; } = new(new PlatformSignatureEngine(), new BouncyCastleSignatureEngine());

    public SignatureCheck Verify(CertificateFacts subject, CertificateFacts issuer)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(issuer);
        SignatureAlgorithm algorithm = subject.SignatureAlgorithm;
        if (algorithm.Hash is not { } hash || algorithm.Scheme == SignatureScheme.Unknown)
        {
            return new SignatureCheck(SignatureCheckResult.Unsupported, $"signature algorithm {algorithm.Name} is not supported");
        }

        if (algorithm.Scheme == SignatureScheme.RsaPss && algorithm.PssSaltLength != HashLength(hash))
        {
            return new SignatureCheck(SignatureCheckResult.Unsupported, $"PSS with a salt of {algorithm.PssSaltLength} bytes (only the hash length is supported)");
        }

        try
        {
            return primary.Verify(subject, issuer, hash, algorithm.Scheme) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }
        catch (CryptographicException refused)
        {
            try
            {
                bool valid = fallback.Verify(subject, issuer, hash, algorithm.Scheme);
                string how = $"checked with {fallback.Name}: the {primary.Name} refused ({refused.Message})";
                return new SignatureCheck(valid ? SignatureCheckResult.Valid : SignatureCheckResult.Invalid, how);
            }
            catch (CryptographicException alsoRefused)
            {
                return new SignatureCheck(
                    SignatureCheckResult.Unsupported,
                    $"the issuer's {issuer.PublicKey} key cannot check a {algorithm.Name} signature: {refused.Message}; {alsoRefused.Message}");
            }
        }
    }

    private static int HashLength(HashAlgorithmName hash) =>
        hash == HashAlgorithmName.SHA1 ? 20 : hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : hash == HashAlgorithmName.SHA512 ? 64 : -1;
}
