namespace CertInspect.Evidence;

/// <summary>What a certificate is to the device that holds it.</summary>
public enum CertificateRole
{
    /// <summary>Manufacturer-installed certificate: issued by a Cisco manufacturing CA.</summary>
    Mic,

    /// <summary>Secure unique device identifier: issued by a Cisco SUDI CA.</summary>
    Sudi,

    /// <summary>Self-signed certificate with an AP-style subject, as the autonomous-to-lightweight upgrade tool made.</summary>
    SelfSigned,

    /// <summary>Locally significant certificate: an AP-style certificate issued by another CA, which the AP presents
    /// for CAPWAP-DTLS when it joins.</summary>
    Lsc,

    /// <summary>An AP's locally significant certificate for 802.1X (EAP-TLS) on its wired port.</summary>
    Dot1xLsc,

    /// <summary>The certificate of the device's own HTTPS server (IOS's "IOS-Self-Signed-Certificate-N"): the web UI's,
    /// never used to join a controller.</summary>
    WebServer,

    CertificateAuthority,

    Other,
}
