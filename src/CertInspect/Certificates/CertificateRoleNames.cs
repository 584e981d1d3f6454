using CertInspect.Evidence;
namespace CertInspect.Certificates;

/// <summary>How reports, messages and rules data name certificate roles.</summary>
public static class CertificateRoleNames
{
    /// <summary>The name messages use: MIC, SUDI, SSC, LSC, CA, certificate.</summary>
    public static string Label(this CertificateRole role) => role switch
    {
        CertificateRole.Mic => "MIC",
        CertificateRole.Sudi => "SUDI",
        CertificateRole.SelfSigned => "SSC",
        CertificateRole.Lsc => "LSC",
        CertificateRole.CertificateAuthority => "CA",
        _ => "certificate",
    };

    /// <summary>The id reports and the rules data use: mic, sudi, ssc, lsc, ca, other.</summary>
    public static string Id(this CertificateRole role) => role switch
    {
        CertificateRole.Mic => "mic",
        CertificateRole.Sudi => "sudi",
        CertificateRole.SelfSigned => "ssc",
        CertificateRole.Lsc => "lsc",
        CertificateRole.CertificateAuthority => "ca",
        _ => "other",
    };
}
