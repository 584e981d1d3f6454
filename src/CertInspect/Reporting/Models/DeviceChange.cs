namespace CertInspect.Reporting.Models;

/// <summary>
/// One device that differs between two audits: its identity (from the newer report when it is in both), its risk
/// before and after (null where it was not audited), and the rules whose findings appeared, resolved, or stayed with
/// another severity (Regraded).
/// </summary>
public sealed record DeviceChange(
    DeviceChangeKind Kind,
    string Key,
    string? Serial,
    string? Name,
    string? Site,
    string? OldRisk,
    string? NewRisk,
    IReadOnlyList<RuleChange> Appeared,
    IReadOnlyList<RuleChange> Resolved)
{
    public IReadOnlyList<RuleChange> Regraded { get; init; } = [];

    /// <summary>The change's name in reports: risk-raised, new, findings-changed, risk-lowered, gone.</summary>
    public string KindName => Kind switch
    {
        DeviceChangeKind.RiskRaised => "risk-raised",
        DeviceChangeKind.New => "new",
        DeviceChangeKind.FindingsChanged => "findings-changed",
        DeviceChangeKind.RiskLowered => "risk-lowered",
        _ => "gone",
    };
}
