using System.Security.Cryptography;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>Signature algorithms as command output prints them: by name, in whatever spelling the platform uses.</summary>
internal static class SignatureAlgorithmText
{
    /// <summary>The algorithm a name printed for it stands for ("SHA256 with RSA Encryption", "sha256WithRSAEncryption",
    /// "ecdsa-with-SHA384"), compared on letters and digits only; null for a name no known algorithm has.</summary>
    public static SignatureAlgorithm? Read(string text)
    {
        string compact = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        foreach ((string oid, (string name, HashAlgorithmName? hash, SignatureScheme scheme)) in Oids.SignatureAlgorithms)
        {
            string known = new string(name.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
            if (string.Equals(known, compact, StringComparison.Ordinal)
                || (hash is { } h && scheme == SignatureScheme.RsaPkcs1 && compact == h.Name + "WITHRSAENCRYPTION")
                || (hash is { } e && scheme == SignatureScheme.Ecdsa && compact == e.Name + "WITHECDSA"))
            {
                return new SignatureAlgorithm(oid, name, hash, scheme);
            }
        }

        return null;
    }
}
