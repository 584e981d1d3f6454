namespace CertInspect.Evidence;

/// <summary>
/// One step of the on-AP CSCur43050 check (Cisco bug CSCur43050): whether "test pb display" showed a SHA2 parameter block,
/// or whether "show crypto pki trustpoints" showed a SHA-2 manufacturing CA; with the lines that say so (for an
/// empty output, the command line itself).
/// </summary>
public sealed record ProofObservation(bool Present, IReadOnlyList<EvidenceLine> Evidence);
