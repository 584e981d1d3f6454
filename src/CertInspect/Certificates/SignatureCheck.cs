namespace CertInspect.Certificates;

/// <summary>The outcome of checking one signature: valid, invalid, or not checkable here (and why).</summary>
public sealed record SignatureCheck(SignatureCheckResult Result, string? Detail = null)
{
    public static SignatureCheck Valid { get; } = new(SignatureCheckResult.Valid);

    public static SignatureCheck Invalid { get; } = new(SignatureCheckResult.Invalid);
}
