namespace CertInspect.Facts;

/// <summary>
/// A time-zone abbreviation as IOS prints it in certificate dates ("07:21:37 IST Oct 13 2012"), and the UTC offset
/// CertInspect reads it as. Note says what else the abbreviation is used for, when it is not unique.
/// </summary>
public sealed record TimeZoneAbbreviation
{
    public required string Id { get; init; }

    /// <summary>The offset as ±HH:MM.</summary>
    public required string Offset { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];

    public TimeSpan OffsetSpan => TimeSpan.ParseExact(Offset.TrimStart('+', '-'), @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) * (Offset.StartsWith('-') ? -1 : 1);
}
