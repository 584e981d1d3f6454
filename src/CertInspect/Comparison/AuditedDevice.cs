namespace CertInspect.Comparison;

/// <summary>A device as an earlier report states it: what a diff compares (identity, risk, and each rule that fired with its worst severity).</summary>
internal sealed record AuditedDevice(string Key, string? Serial, string? Name, string? Site, string Risk, IReadOnlyDictionary<string, string> Rules);
