using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>One cleaned line of a capture, with where it is.</summary>
public sealed record CaptureLine(SourceLocation Location, string Text)
{
    public string Trimmed { get; } = Text.Trim();

    public EvidenceLine Evidence => new(Location, Trimmed);
}
