namespace CertInspect.Facts;

/// <summary>A public source a fact rests on, as cited in the rules data file.</summary>
public sealed record SourceReference
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Where to read it: a document number, and an address when there is a stable one.</summary>
    public required string Reference { get; init; }

    /// <summary>confirmed, partial or unconfirmed, as the data grades each source.</summary>
    public string Confidence { get; set; } = "confirmed";
}
