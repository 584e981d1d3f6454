namespace CertInspect.Reporting.Models;

/// <summary>
/// A date the outlook counts ends up to: the report's date plus a horizon, or the end of a Cisco root CA within one MIC
/// lifetime of it (rules data: ciscoCas, micLifetime; <see cref="IsCaEnd"/>). Label says what the date is, in words.
/// </summary>
public sealed record Milestone(DateOnly Date, string Label, bool IsCaEnd = false);
