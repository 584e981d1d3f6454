using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>One cleaned line of a capture, with where it is.</summary>
public sealed record CaptureLine(SourceLocation Location, string Text)
{
    public string Trimmed { get; } = Text.Trim();

    /// <summary>Whether the paste made the line an item of a list ("- ", "* ", "• ", "1. "): a message of its own,
    /// never the rest of the message before it.</summary>
    public bool ListItem { get; init; }

    public EvidenceLine Evidence => new(Location, Trimmed);
}
