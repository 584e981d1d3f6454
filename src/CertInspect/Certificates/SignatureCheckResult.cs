namespace CertInspect.Certificates;

public enum SignatureCheckResult
{
    Valid,
    Invalid,
    Unsupported,
}
