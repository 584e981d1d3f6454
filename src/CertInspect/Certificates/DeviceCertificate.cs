using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>
/// A certificate as evidence about a device: what it is to the device, who it says the device is, and its chain.
/// ImpostorCas names the CAs in the chain that carry a Cisco CA's name but not its fingerprint.
/// </summary>
public sealed record DeviceCertificate(
    LocatedCertificate Located,
    CertificateRole Role,
    CertificateIdentity Identity,
    CertificateChain Chain,
    IReadOnlyList<string> ImpostorCas)
{
    public CertificateFacts Facts => Located.Certificate;

    /// <summary>The role as messages name it: MIC, SUDI, SSC, LSC.</summary>
    public string RoleName => Role.Label();

    /// <summary>The role as rules data names it: mic, sudi, ssc, lsc, other.</summary>
    public string RoleId => Role.Id();
}
