using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Comparison;

/// <summary>
/// Compares two audit reports device by device (by key): new and gone devices, risk raised and lowered, findings
/// (by rule) that appeared, resolved or changed severity. A finding whose rule is the same is the same finding even when its
/// message changed (its days left change every day).
/// </summary>
public static class AuditComparer
{
    /// <exception cref="InvalidDataException">A file is not a CertInspect audit report; the message names it.</exception>
    public static AuditDiff Compare(string oldReport, string newReport)
    {
        (AuditSide oldSide, IReadOnlyDictionary<string, AuditedDevice> before) = AuditReportReader.Read(oldReport);
        (AuditSide newSide, IReadOnlyDictionary<string, AuditedDevice> after) = AuditReportReader.Read(newReport);
        var changes = new List<DeviceChange>();
        int unchanged = 0, renamed = 0;
        foreach (AuditedDevice now in after.Values)
        {
            if (!before.TryGetValue(now.Key, out AuditedDevice? then))
            {
                changes.Add(Change(DeviceChangeKind.New, now, null, now, Changes(now.Rules, null), []));
                continue;
            }

            RuleChange[] appeared = Changes(now.Rules, then.Rules);
            RuleChange[] resolved = Changes(then.Rules, now.Rules);
            RuleChange[] regraded = [.. now.Rules
                .Where(r => then.Rules.TryGetValue(r.Key, out string? was) && was != r.Value)
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new RuleChange(r.Key, r.Value, then.Rules[r.Key]))];
            bool onlyRenamed = Renamed(oldSide, then.Risk, now.Risk);
            int direction = onlyRenamed ? 0 : AuditReportReader.Rank(now.Risk).CompareTo(AuditReportReader.Rank(then.Risk));
            DeviceChangeKind? kind = direction > 0 ? DeviceChangeKind.RiskRaised
                : direction < 0 ? DeviceChangeKind.RiskLowered
                : appeared.Length + resolved.Length + regraded.Length > 0 ? DeviceChangeKind.FindingsChanged
                : null;
            if (kind is { } changed)
            {
                changes.Add(Change(changed, now, then, now, appeared, resolved) with { Regraded = regraded });
            }
            else
            {
                unchanged++;
                renamed += onlyRenamed ? 1 : 0;
            }
        }

        foreach (AuditedDevice then in before.Values.Where(d => !after.ContainsKey(d.Key)))
        {
            changes.Add(Change(DeviceChangeKind.Gone, then, then, null, [], Changes(then.Rules, null)));
        }

        return new AuditDiff(
            oldSide,
            newSide,
            [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.Key, StringComparer.Ordinal)],
            unchanged)
        {
            RenamedToUnjudged = renamed,
        };
    }

    /// <summary>Whether a risk changed only in name: before schema 3 a device nothing could be checked on was "ok" (or
    /// "info", by serial.not-date-coded alone); it is "unjudged" now, and that is no change of the device.</summary>
    public static bool Renamed(AuditSide oldSide, string oldRisk, string newRisk)
    {
        ArgumentNullException.ThrowIfNull(oldSide);
        return oldSide.SchemaVersion < UnjudgedSchema
            && newRisk == RiskNames.Unjudged
            && oldRisk is RiskNames.Ok or "info";
    }

    /// <summary>The JSON report schema that brought the risk "unjudged".</summary>
    public const int UnjudgedSchema = 3;

    private static DeviceChange Change(DeviceChangeKind kind, AuditedDevice identity, AuditedDevice? then, AuditedDevice? now, RuleChange[] appeared, RuleChange[] resolved) =>
        new(kind, identity.Key, identity.Serial, identity.Name, identity.Site, then?.Risk, now?.Risk, appeared, resolved);

    // The rules of `rules` that `other` does not have, by id.
    private static RuleChange[] Changes(IReadOnlyDictionary<string, string> rules, IReadOnlyDictionary<string, string>? other) =>
        [.. rules
            .Where(r => other is null || !other.ContainsKey(r.Key))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new RuleChange(r.Key, r.Value))];
}
