using System.Text.Json;

namespace CertInspect.Facts;

/// <summary>
/// The rules data file as stored: the built-in one embedded in the library, or an override given with --rules.
/// Every list is keyed by id so that an override can add or replace single entries.
/// </summary>
public sealed record FactsDocument
{
    public required int Schema { get; init; }

    public required string Version { get; init; }

    public IReadOnlyList<SourceReference> Sources { get; set; } = [];

    public SerialFormatFacts? SerialFormat { get; init; }

    public MicLifetimeFacts? MicLifetime { get; init; }

    public IReadOnlyList<ModelFamily> ModelFamilies { get; set; } = [];

    public IReadOnlyList<NotDateCodedPattern> NotDateCoded { get; set; } = [];

    public IReadOnlyList<CiscoCa> CiscoCas { get; set; } = [];

    public IReadOnlyList<CertificatePurpose> CertificatePurposes { get; set; } = [];

    public CaptureFacts? Captures { get; init; }

    public IReadOnlyList<DeviceKindEvidence> DeviceKindEvidence { get; set; } = [];

    public IReadOnlyList<ControllerPlatform> ControllerPlatforms { get; set; } = [];

    /// <summary>The rule entries, read by the rules floor: facts do not know rule kinds.</summary>
    public IReadOnlyList<JsonElement> Rules { get; set; } = [];
}
