using System.Security.Cryptography;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>
/// Checks that an issuer's key signed a certificate, with the in-box RSA and ECDsa: SHA-1 and SHA-2, PKCS #1 v1.5,
/// PSS and ECDSA. The platform's chain builder is not used: its policy (SHA-1 rejection, strict parsing) would hide
/// exactly what users need to see.
/// </summary>
public static class SignatureVerifier
{
    /// <summary>Imported issuer keys a thread keeps: importing a key cost more than the verification itself.</summary>
    private const int CachedKeysPerThread = 64;

    // Per thread, so that no key object is shared between threads (the platform does not promise that is safe).
    [ThreadStatic]
    private static Dictionary<string, RSA>? _rsaKeys;

    public static SignatureCheck Verify(CertificateFacts subject, CertificateFacts issuer)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(issuer);
        SignatureAlgorithm algorithm = subject.SignatureAlgorithm;
        if (algorithm.Hash is not { } hash)
        {
            return new SignatureCheck(SignatureCheckResult.Unsupported, $"signature algorithm {algorithm.Name} is not supported");
        }

        try
        {
            return algorithm.Scheme switch
            {
                SignatureScheme.RsaPkcs1 => VerifyRsa(subject, issuer, hash, RSASignaturePadding.Pkcs1),
                SignatureScheme.RsaPss when algorithm.PssSaltLength == HashLength(hash) => VerifyRsa(subject, issuer, hash, RSASignaturePadding.Pss),
                SignatureScheme.RsaPss => new SignatureCheck(SignatureCheckResult.Unsupported, $"PSS with a salt of {algorithm.PssSaltLength} bytes (only the hash length is supported)"),
                SignatureScheme.Ecdsa => VerifyEcdsa(subject, issuer, hash),
                _ => new SignatureCheck(SignatureCheckResult.Unsupported, $"signature algorithm {algorithm.Name} is not supported"),
            };
        }
        catch (CryptographicException e)
        {
            return new SignatureCheck(SignatureCheckResult.Unsupported, $"the issuer's {issuer.PublicKey} key cannot check a {algorithm.Name} signature: {e.Message}");
        }
    }

    private static SignatureCheck VerifyRsa(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, RSASignaturePadding padding)
    {
        RSA rsa = RsaKey(issuer);
        return rsa.VerifyData(subject.SignedPart.Span, subject.SignatureValue.Span, hash, padding) ? SignatureCheck.Valid : SignatureCheck.Invalid;
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

    private static SignatureCheck VerifyEcdsa(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(issuer.PublicKey.SubjectPublicKeyInfo.Span, out _);
        return ecdsa.VerifyData(subject.SignedPart.Span, subject.SignatureValue.Span, hash, DSASignatureFormat.Rfc3279DerSequence)
            ? SignatureCheck.Valid
            : SignatureCheck.Invalid;
    }

    private static int HashLength(HashAlgorithmName hash) =>
        hash == HashAlgorithmName.SHA1 ? 20 : hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : hash == HashAlgorithmName.SHA512 ? 64 : -1;
}
