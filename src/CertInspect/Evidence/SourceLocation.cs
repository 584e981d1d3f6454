namespace CertInspect.Evidence;

/// <summary>Where a piece of input came from: the source as the user named it, and the 1-based line when there is one.</summary>
public sealed record SourceLocation(string Source, long? Line)
{
    public override string ToString() =>
        Line is { } line ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}:{line}") : Source;
}
