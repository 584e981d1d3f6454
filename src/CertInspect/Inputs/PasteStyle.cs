namespace CertInspect.Inputs;

/// <summary>
/// How a capture was pasted: the wrapper around each of its lines and the indentation they share once it is off.
/// Decided once for a file from its head (<see cref="PastedText.Styles"/>), then taken off every line by
/// <see cref="PastedText.Unwrap(string, PasteStyle)"/>.
/// </summary>
public sealed record PasteStyle(int Indent = 0, PasteWrapper Wrapper = PasteWrapper.None)
{
    /// <summary>Output pasted as the device printed it.</summary>
    public static PasteStyle Plain { get; } = new();

    /// <summary>How notes and reports name the style ("kept as comments in code").</summary>
    public string? Description => Wrapper switch
    {
        PasteWrapper.Comment => "every line behind a comment marker",
        PasteWrapper.ListMarker => "every line numbered or bulleted",
        PasteWrapper.StringLiterals => "every line a string literal of code or data",
        _ => null,
    };
}
