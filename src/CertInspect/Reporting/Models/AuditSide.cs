namespace CertInspect.Reporting.Models;

/// <summary>One of the two audits a diff compares: the report file, its date and schema version, how many devices.</summary>
public sealed record AuditSide(string Source, DateOnly? AsOf, int? SchemaVersion, int Devices);
