namespace CertInspect.Reporting.Models;

/// <summary>One input file as read: what it was taken for, how many rows it had, how many became input errors.</summary>
public sealed record InputSummary(string Source, string Kind, long Rows, int InputErrors);
