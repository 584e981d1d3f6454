namespace CertInspect.Reporting.Models;

/// <summary>An input of the acceptance and its SHA-256, so that the receipt can be audited later (null for stdin).</summary>
public sealed record InputHash(string Role, string Source, string? Sha256);
