namespace CertInspect.Certificates;

/// <summary>
/// Who a certificate says its device is: from the CN, the platform and Ethernet MAC (C1130-001122aabbcc,
/// AP1G4-94D469F82DE8, AIR-CT5508-K9-00211bfe58c0); from a SUDI's serialNumber attribute, the PID and serial.
/// </summary>
public sealed record CertificateIdentity(string? Platform, string? Mac, string? Pid, string? Serial)
{
    public bool IsEmpty => Mac is null && Serial is null;
}
