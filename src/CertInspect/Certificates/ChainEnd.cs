namespace CertInspect.Certificates;

/// <summary>How a chain ends.</summary>
public enum ChainEnd
{
    /// <summary>At a self-issued certificate (a root, or a self-signed leaf).</summary>
    SelfIssued,

    /// <summary>The issuer of the last certificate is not among the certificates of the run or --trust.</summary>
    IssuerMissing,

    /// <summary>The chain loops back on itself or is longer than any real one.</summary>
    Broken,
}
