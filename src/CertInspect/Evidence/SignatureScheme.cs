namespace CertInspect.Evidence;

/// <summary>How a signature is computed, for verification.</summary>
public enum SignatureScheme
{
    Unknown,
    RsaPkcs1,
    RsaPss,
    Ecdsa,
}
