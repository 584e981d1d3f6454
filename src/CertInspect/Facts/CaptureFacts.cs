namespace CertInspect.Facts;

/// <summary>
/// What reading pasted console captures needs to know about the world: the host names that do not identify a
/// device (the factory prompts "AP", "Router", ...), the time-zone abbreviations of certificate dates, and the log
/// messages that tell an AP's log from a controller's.
/// </summary>
public sealed record CaptureFacts
{
    /// <summary>Prompt names shared by many devices: they never join records by name.</summary>
    public IReadOnlyList<string> GenericHostNames { get; set; } = [];

    public IReadOnlyList<TimeZoneAbbreviation> TimeZones { get; set; } = [];

    /// <summary>Regular expressions of log messages only an AP logs ("AP has SHA2 MIC certificate", "DTLS_CLIENT_ERROR",
    /// "CAPWAP State:"): a log that holds one is an AP's, whoever's output was pasted around it.</summary>
    public IReadOnlyList<string> AccessPointLogMarkers { get; set; } = [];

    /// <summary>Regular expressions of log messages only a controller logs (AireOS task prefixes "*spamApTask",
    /// "*osapiBsnTimer", "%LWAPP-3-PAYLOAD_ERR"): a log that holds one is a controller's.</summary>
    public IReadOnlyList<string> ControllerLogMarkers { get; set; } = [];

    /// <summary>Regular expressions of the software a "show version" banner names that is controller software
    /// ("C9800-CL Software (C9800-CL-K9_IOSXE)", the embedded controller's "C9800-AP Software"): the device runs a
    /// controller, whatever hardware its model line names.</summary>
    public IReadOnlyList<string> ControllerSoftwareBanners { get; set; } = [];

    public IReadOnlyList<string> Sources { get; set; } = [];
}
