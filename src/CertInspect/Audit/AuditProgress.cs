namespace CertInspect.Audit;

/// <summary>How far reading has come: files finished out of all, and rows (or certificates) read so far.</summary>
public sealed record AuditProgress(int FilesDone, int Files, long Rows, TimeSpan Elapsed);
