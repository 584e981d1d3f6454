using CertInspect.Inputs;
namespace CertInspect.Dispatch;

/// <summary>
/// The verdict of <see cref="ContentSniffer"/>: the kind, and for a CSV its separator and the number of lines
/// (comments, blank lines, an Excel "sep=" line) before its header. Problem says what was found when the kind
/// cannot be read.
/// </summary>
public sealed record DetectedContent(ContentKind Kind, char? Separator = null, int LinesBeforeHeader = 0, string? Problem = null)
{
    /// <summary>For a CSV: whether Excel text cells (="…") appear, which the reader then rewrites (see ExcelTextCells).</summary>
    public bool ExcelTextCells { get; init; }

    /// <summary>For a capture: how it was pasted (a docstring's indentation, comment markers, string literals), taken
    /// off every line when reading.</summary>
    public PasteStyle Paste { get; init; } = PasteStyle.Plain;

    /// <summary>For a capture: the indentation every line of the paste shares, removed when reading.</summary>
    public int PasteIndent => Paste.Indent;

    /// <summary>The name reports give the kind.</summary>
    public string KindName => Kind switch
    {
        ContentKind.SerialList => "serial-list",
        ContentKind.InventoryCsv => "inventory-csv",
        ContentKind.Certificates => "certificates",
        ContentKind.Capture => "capture",
        ContentKind.Empty => "empty",
        _ => "unsupported",
    };
}
