namespace CertInspect.Rules;

/// <summary>
/// A device's risk: the worst severity among its findings, or, when it has no finding worse than info, whether
/// anything could be checked at all. The numeric order is the ranking, worst last: a device nothing could be checked
/// on (<see cref="Unjudged"/>, the "manual check required" of a validation script) ranks above one whose only
/// findings are stated facts (<see cref="Info"/>), and below any real finding.
/// </summary>
public enum Risk
{
    /// <summary>Something was checked (a serial's date, a certificate, a proof, a log, a join table) and found fine.</summary>
    Ok = 0,

    /// <summary>Something was checked; its findings are facts to know, not risks.</summary>
    Info = 1,

    /// <summary>Nothing could be checked: no date-coded serial, no certificate, no proof, no log; or a kind of device
    /// outside the rules with no certificate to check.</summary>
    Unjudged = 2,

    Low = 3,
    Medium = 4,
    High = 5,
    Critical = 6,
}
