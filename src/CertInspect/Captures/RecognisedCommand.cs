namespace CertInspect.Captures;

/// <summary>A typed command as <see cref="CommandCatalog"/> reads it: its kind, whether only controllers have it, the
/// AP it names, and what its "| include" filter keeps.</summary>
public sealed record RecognisedCommand(OutputKind Kind, bool ControllerOnly, string? ApName, string? Filter);
