namespace CertInspect.Evidence;

/// <summary>The subject's public key: algorithm (RSA, EC), size in bits, curve for EC, and the SubjectPublicKeyInfo
/// bytes that verification imports.</summary>
public sealed record PublicKeyInfo(string Algorithm, int? Bits, string? Curve, ReadOnlyMemory<byte> SubjectPublicKeyInfo)
{
    public override string ToString() => Curve is not null ? $"{Algorithm} {Curve}" : Bits is { } bits ? $"{Algorithm} {bits}" : Algorithm;
}
