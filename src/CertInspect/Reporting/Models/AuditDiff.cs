namespace CertInspect.Reporting.Models;

/// <summary>
/// What changed between two audits: each device that is new, gone, or whose risk or findings differ (worst change
/// first, then by key), and how many of each. A device is the same device in both when its key is.
/// </summary>
public sealed record AuditDiff(AuditSide Old, AuditSide New, IReadOnlyList<DeviceChange> Changes, int Unchanged)
{
    public int Count(DeviceChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>Of <see cref="Unchanged"/>, devices whose risk changed only in name: "ok" or "info" in a report written
    /// before the risk "unjudged" existed (schema 2 and older), "unjudged" now.</summary>
    public int RenamedToUnjudged { get; init; }

    /// <summary>Findings that appeared, over every device (a new device's findings included).</summary>
    public int FindingsAppeared => Changes.Sum(c => c.Appeared.Count);

    /// <summary>Findings that resolved, over every device (a gone device's findings included).</summary>
    public int FindingsResolved => Changes.Sum(c => c.Resolved.Count);
}
