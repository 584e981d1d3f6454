namespace CertInspect.Facts;

/// <summary>
/// What reading pasted console captures needs to know about the world: the host names that do not identify a
/// device (the factory prompts "AP", "Router", ...), and the time-zone abbreviations of certificate dates.
/// </summary>
public sealed record CaptureFacts
{
    /// <summary>Prompt names shared by many devices: they never join records by name.</summary>
    public IReadOnlyList<string> GenericHostNames { get; set; } = [];

    public IReadOnlyList<TimeZoneAbbreviation> TimeZones { get; set; } = [];

    public IReadOnlyList<string> Sources { get; set; } = [];
}
