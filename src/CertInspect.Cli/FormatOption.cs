using System.CommandLine;

namespace CertInspect.Cli;

/// <summary>
/// --format: the format a command writes. When it is not given, the extension of --output decides (report.xlsx is a
/// workbook, report.md Markdown), else the command's first format; a --format that contradicts the extension is a
/// usage error (<see cref="Problem"/>), never a file whose name says one format and holds another.
/// </summary>
internal sealed class FormatOption : Option<string?>
{
    private static readonly Dictionary<string, string> _byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".xlsx"] = ReportFormats.Xlsx,
        [".html"] = ReportFormats.Html,
        [".htm"] = ReportFormats.Html,
        [".json"] = ReportFormats.Json,
        [".jsonl"] = ReportFormats.JsonLines,
        [".csv"] = ReportFormats.Csv,
        [".md"] = ReportFormats.Markdown,
    };

    // What people type for a format, beside its name and its extension: the value they meant.
    private static readonly Dictionary<string, string> _otherNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["excel"] = ReportFormats.Xlsx,
        ["xls"] = ReportFormats.Xlsx,
        ["text"] = ReportFormats.Table,
        ["txt"] = ReportFormats.Table,
        ["ndjson"] = ReportFormats.JsonLines,
    };

    /// <param name="followsOutput">Whether the command has --output, whose extension then chooses the format.</param>
    public FormatOption(IReadOnlyList<string> names, bool followsOutput)
        : base("--format", "-f")
    {
        Names = names;
        Description = followsOutput
            ? $"Output format (default: the one the --output file's extension names, else {names[0]})."
            : $"Output format (default: {names[0]}).";
        CommonOptions.OneOf(this, "a format", names, Meant);
    }

    /// <summary>The formats the command writes, its default first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The format to write: --format, else the one the extension of <paramref name="outputPath"/> names, else
    /// the default.</summary>
    public string Chosen(ParseResult parse, string? outputPath)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return UsageErrors.Given(parse, this) ?? (Of(outputPath) is { } named && Names.Contains(named) ? named : Names[0]);
    }

    /// <summary>What is wrong with --format and --output together, or null: a format the extension contradicts, or an
    /// extension naming a format the command does not write.</summary>
    public string? Problem(ParseResult parse, string? outputPath, string command)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (Of(outputPath) is not { } named)
        {
            return null;
        }

        string extension = Path.GetExtension(outputPath)!;
        if (UsageErrors.Given(parse, this) is { } given)
        {
            return given == named || !Names.Contains(given) ? null
                : $"--format {given} contradicts --output {outputPath}: a {extension} file holds {named}; {(Names.Contains(named) ? "leave --format out, or " : string.Empty)}name the file {Extensions(given)}";
        }

        return Names.Contains(named) ? null
            : $"--output {outputPath}: {command} does not write {named} (its formats: {string.Join(", ", Names)}); name the file {Either(Names.Select(Extensions))}";
    }

    /// <summary>The format a file's extension names; null for none (report.txt, a path without one).</summary>
    public static string? Of(string? path) =>
        path is not null && _byExtension.TryGetValue(Path.GetExtension(path), out string? format) ? format : null;

    /// <summary>The value a typed one meant: the format of that name in another case, of that extension, or of that other name.</summary>
    private string? Meant(string typed)
    {
        string? meant = Names.FirstOrDefault(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase))
            ?? (_byExtension.TryGetValue("." + typed.TrimStart('.'), out string? byExtension) ? byExtension : null)
            ?? (_otherNames.TryGetValue(typed, out string? other) ? other : null);
        return meant is not null && Names.Contains(meant) ? meant : null;
    }

    // A table is text: any name but the other formats' extensions; ".txt" says so.
    private static string Extensions(string format) =>
        format == ReportFormats.Table ? ".txt" : Either(_byExtension.Where(p => p.Value == format && p.Key != ".htm").Select(p => p.Key));

    private static string Either(IEnumerable<string> choices)
    {
        List<string> list = [.. choices];
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }
}
