using System.Globalization;

namespace CertInspect.Evidence;

/// <summary>Where a piece of input came from: the source as the user named it, and the 1-based line when there is one.</summary>
public sealed record SourceLocation(string Source, long? Line)
{
    /// <summary>The worksheet of a workbook row, whose Line is then the sheet's row number; null for every other input.</summary>
    public string? Sheet { get; init; }

    /// <summary>The source as a location names it: the file, or for a workbook row the file and its sheet ("inventory.xlsx:HQ").</summary>
    public string Cited => Sheet is null ? Source : $"{Source}:{Sheet}";

    // A workbook row is cited as Excel names a cell's sheet: file.xlsx:Sheet!12.
    public override string ToString() => (Sheet, Line) switch
    {
        (null, { } line) => string.Create(CultureInfo.InvariantCulture, $"{Source}:{line}"),
        (null, null) => Source,
        ({ } sheet, { } line) => string.Create(CultureInfo.InvariantCulture, $"{Source}:{sheet}!{line}"),
        ({ } sheet, null) => $"{Source}:{sheet}",
    };
}
