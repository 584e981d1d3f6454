using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>The certificate read from some bytes, or what was found instead and where (a byte offset in them).</summary>
public sealed record CertificateDecoding(CertificateFacts? Certificate, string? Error, int? ErrorOffset)
{
    public static CertificateDecoding Failed(string error, int offset) => new(null, error, offset);
}
