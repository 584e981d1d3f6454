namespace CertInspect.Facts;

/// <summary>
/// The facts about the world in force for one run: the built-in data file, with the entries of an optional override
/// file added or replacing those of the same id. Validated on creation (see <see cref="FactsLoader"/>). Readers
/// receive the part they use (the serial format, the CA catalogue, the capture facts), never the whole.
/// </summary>
public sealed record CiscoFacts
{
    /// <summary>Each data file that contributed, as "name version", built-in first.</summary>
    public required IReadOnlyList<string> Versions { get; init; }

    public required IReadOnlyList<SourceReference> Sources { get; init; }

    public required SerialFormatFacts SerialFormat { get; init; }

    public required MicLifetimeFacts MicLifetime { get; init; }

    public required IReadOnlyList<ModelFamily> ModelFamilies { get; init; }

    public required IReadOnlyList<NotDateCodedPattern> NotDateCoded { get; init; }

    public required IReadOnlyList<CiscoCa> CiscoCas { get; init; }

    /// <summary>Certificates devices keep for purposes other than their identity (the HTTPS server's), by name.</summary>
    public IReadOnlyList<CertificatePurpose> CertificatePurposes { get; init; } = [];

    public required CaptureFacts Captures { get; init; }

    /// <summary>Wording that says what kind of device something is, whatever its model's family (a DESCR, a label, a
    /// PID or platform the families miss, a MAC prefix).</summary>
    public IReadOnlyList<DeviceKindEvidence> DeviceKindEvidence { get; init; } = [];

    /// <summary>The controller platforms, each told by the form of its release.</summary>
    public IReadOnlyList<ControllerPlatform> ControllerPlatforms { get; init; } = [];

    /// <summary>The platform a release belongs to; null when no platform's form matches.</summary>
    public ControllerPlatform? PlatformOf(string release) => ControllerPlatforms.FirstOrDefault(p => p.Runs(release));
}
