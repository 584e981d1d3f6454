namespace CertInspect.Facts;

/// <summary>
/// The ten-year MIC of FN-63942: APs built in [BuiltFrom, BuiltTo] carry a MIC that ends ValidityYears and
/// ValidityExtraMinutes after it starts, and it starts at manufacture.
/// </summary>
public sealed record MicLifetimeFacts
{
    public required DateOnly BuiltFrom { get; init; }

    public required DateOnly BuiltTo { get; init; }

    public required int ValidityYears { get; init; }

    public required int ValidityExtraMinutes { get; init; }

    /// <summary>How far a date derived from a serial week may be off, in days (Cisco weeks are not ISO weeks).</summary>
    public required int UncertaintyDays { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];
}
