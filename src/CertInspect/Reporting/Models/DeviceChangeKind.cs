namespace CertInspect.Reporting.Models;

/// <summary>How a device changed between two audits, in the order a diff lists them: what got worse first.</summary>
public enum DeviceChangeKind
{
    RiskRaised,
    New,
    FindingsChanged,
    RiskLowered,
    Gone,
}
