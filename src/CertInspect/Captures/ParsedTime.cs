namespace CertInspect.Captures;

/// <summary>A date read from text, in UTC; Ambiguity says why it may be hours off (unknown or missing time zone).</summary>
public sealed record ParsedTime(DateTimeOffset Value, string? Ambiguity);
