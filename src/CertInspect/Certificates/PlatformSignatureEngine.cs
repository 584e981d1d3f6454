using System.Security.Cryptography;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// The in-box RSA and ECDsa (OpenSSL on Linux): fast, but bound by the host's crypto policy. On RHEL 9 and Fedora the
/// default policy refuses SHA-1 signatures, and the Cisco Manufacturing CA chain is SHA-1: the verifier then asks
/// <see cref="BouncyCastleSignatureEngine"/>.
/// </summary>
public sealed class PlatformSignatureEngine : ISignatureEngine
{
    /// <summary>Imported issuer keys a thread keeps: importing a key cost more than the verification itself.</summary>
    private const int CachedKeysPerThread = 64;

    // Per thread, so that no key object is shared between threads (the platform does not promise that is safe).
    [ThreadStatic]
    private static Dictionary<string, RSA>? _rsaKeys;

    public string Name => "platform";

    public bool Verify(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, SignatureScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(issuer);
        return scheme switch
        {
            SignatureScheme.RsaPkcs1 => VerifyRsa(subject, issuer, hash, RSASignaturePadding.Pkcs1),
            SignatureScheme.RsaPss => VerifyRsa(subject, issuer, hash, RSASignaturePadding.Pss),
            SignatureScheme.Ecdsa => VerifyEcdsa(subject, issuer, hash),
            _ => throw new CryptographicException($"signature scheme {scheme} is not supported"),
        };
    }

    private static bool VerifyRsa(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, RSASignaturePadding padding)
    {
        RSA rsa = RsaKey(issuer);
        return rsa.VerifyData(subject.SignedPart.Span, subject.SignatureValue.Span, hash, padding);
    }

    // Keyed by the issuer's fingerprint; a thread that meets many issuers (thousands of self-signed SSCs) starts over.
    private static RSA RsaKey(CertificateFacts issuer)
    {
        Dictionary<string, RSA> keys = _rsaKeys ??= new(StringComparer.Ordinal);
        if (keys.TryGetValue(issuer.Sha256Fingerprint, out RSA? cached))
        {
            return cached;
        }

        if (keys.Count >= CachedKeysPerThread)
        {
            foreach (RSA old in keys.Values)
            {
                old.Dispose();
            }

            keys.Clear();
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportSubjectPublicKeyInfo(issuer.PublicKey.SubjectPublicKeyInfo.Span, out _);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }

        keys.Add(issuer.Sha256Fingerprint, rsa);
        return rsa;
    }

    private static bool VerifyEcdsa(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(issuer.PublicKey.SubjectPublicKeyInfo.Span, out _);
        return ecdsa.VerifyData(subject.SignedPart.Span, subject.SignatureValue.Span, hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
