namespace CertInspect.Reporting.Models;

/// <summary>
/// A rule whose finding appeared on a device, resolved, or was regraded, with the severity it has (worst, when it
/// fired more than once); Previous is the severity it had before a regrading (mic.expiring high, then critical).
/// </summary>
public sealed record RuleChange(string Rule, string Severity, string? Previous = null);
