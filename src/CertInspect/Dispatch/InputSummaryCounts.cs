namespace CertInspect.Dispatch;

/// <summary>What reading one source gave: the content kind it was read as, and its data rows.</summary>
public sealed record InputSummaryCounts(string Kind, long Rows);
