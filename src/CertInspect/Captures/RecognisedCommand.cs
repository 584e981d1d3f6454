namespace CertInspect.Captures;

/// <summary>A typed command as <see cref="CommandCatalog"/> reads it: the command, whether only controllers have it, the
/// AP it names, and what its "| include" filter keeps.</summary>
internal sealed record RecognisedCommand(CaptureCommand Command, bool ControllerOnly, string? ApName, string? Filter);
