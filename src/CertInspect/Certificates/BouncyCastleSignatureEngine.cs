using System.Security.Cryptography;
using CertInspect.Evidence;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace CertInspect.Certificates;

/// <summary>
/// BouncyCastle's managed verification: independent of the host's crypto policy (it checks SHA-1 where a system
/// policy forbids it), and about ten times slower than the platform for RSA, so it is only asked when the platform
/// refuses (see <see cref="SignatureVerifier"/>).
/// </summary>
public sealed class BouncyCastleSignatureEngine : ISignatureEngine
{
    public string Name => "BouncyCastle";

    public bool Verify(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, SignatureScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(issuer);
        string digest = hash.Name switch
        {
            "SHA1" => "SHA-1",
            "SHA256" => "SHA-256",
            "SHA384" => "SHA-384",
            "SHA512" => "SHA-512",
            _ => throw new CryptographicException($"hash {hash.Name} is not supported"),
        };
        string algorithm = scheme switch
        {
            SignatureScheme.RsaPkcs1 => $"{digest}withRSA",
            SignatureScheme.RsaPss => $"{digest}withRSAandMGF1",
            SignatureScheme.Ecdsa => $"{digest}withECDSA",
            _ => throw new CryptographicException($"signature scheme {scheme} is not supported"),
        };

        try
        {
            AsymmetricKeyParameter key = PublicKeyFactory.CreateKey(issuer.PublicKey.SubjectPublicKeyInfo.ToArray());
            ISigner signer = SignerUtilities.GetSigner(algorithm);
            signer.Init(false, key);
            signer.BlockUpdate(subject.SignedPart.Span);
            return signer.VerifySignature(subject.SignatureValue.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or SecurityUtilityException or CryptoException or InvalidCastException or IOException)
        {
            throw new CryptographicException($"BouncyCastle cannot check a {algorithm} signature with this key: {e.Message}", e);
        }
    }
}
