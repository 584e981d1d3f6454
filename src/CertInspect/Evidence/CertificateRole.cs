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

    /// <summary>Locally significant certificate: an AP-style certificate issued by another CA.</summary>
    Lsc,

    CertificateAuthority,

    Other,
}
