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
        CertificateRole.Dot1xLsc => "802.1X LSC",
        CertificateRole.WebServer => "HTTPS server certificate",
        CertificateRole.CertificateAuthority => "CA",
        _ => "certificate",
    };

    /// <summary>The id reports and the rules data use: mic, sudi, ssc, lsc, lsc-dot1x, web, ca, other.</summary>
    public static string Id(this CertificateRole role) => role switch
    {
        CertificateRole.Mic => "mic",
        CertificateRole.Sudi => "sudi",
        CertificateRole.SelfSigned => "ssc",
        CertificateRole.Lsc => "lsc",
        CertificateRole.Dot1xLsc => "lsc-dot1x",
        CertificateRole.WebServer => "web",
        CertificateRole.CertificateAuthority => "ca",
        _ => "other",
    };

    /// <summary>Whether a device authenticates with it to join a controller or reach one (the MIC, SUDI, SSC, its
    /// LSCs): its end is the end of the device's trust. A web server's or a CA's certificate is not.</summary>
    public static bool AuthenticatesTheDevice(this CertificateRole role) =>
        role is CertificateRole.Mic or CertificateRole.Sudi or CertificateRole.SelfSigned or CertificateRole.Lsc or CertificateRole.Dot1xLsc;
}
