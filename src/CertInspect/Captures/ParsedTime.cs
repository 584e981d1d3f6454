namespace CertInspect.Captures;

/// <summary>
/// A date read from text, in UTC. Ambiguity says why it may be hours off (unknown or missing time zone); Recovery says
/// how a date the device could not print was read back (a 32-bit clock's wrap), so the evidence shows what was printed.
/// </summary>
public sealed record ParsedTime(DateTimeOffset Value, string? Ambiguity, string? Recovery = null);
