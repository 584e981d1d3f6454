namespace CertInspect.Fleet;

/// <summary>The verdict of the on-AP CSCur43050 check (Cisco bug CSCur43050).</summary>
public enum Sha2ProofOutcome
{
    /// <summary>A SHA2 parameter block and no SHA-2 manufacturing CA among the trustpoints.</summary>
    Affected,

    /// <summary>No SHA2 parameter block, or a SHA-2 manufacturing CA among the trustpoints.</summary>
    NotAffected,

    /// <summary>Only one of the two commands, and it does not settle the question.</summary>
    Incomplete,
}
