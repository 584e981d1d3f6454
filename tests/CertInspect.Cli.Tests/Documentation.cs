using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>
/// One file of the user documentation (README.md, docs/*.md) as tests read it: its fenced blocks, its tables and its
/// links, each with the line it stands on, so that a failure names the file and line to fix wherever the text moved.
/// </summary>
internal sealed partial class Documentation
{
    private Documentation(string name, string text)
    {
        Name = name;
        Text = text;
        Lines = text.Split('\n');
    }

    /// <summary>The repository's checkout: the folder that holds CertInspect.sln, above the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>README.md, then every docs/*.md in ordinal order.</summary>
    public static IReadOnlyList<Documentation> All { get; } =
    [
        Read("README.md"),
        .. Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md")
            .Select(path => $"docs/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal)
            .Select(Read),
    ];

    public static Documentation Readme => All[0];

    /// <summary>The file's path from the repository root, as messages name it: README.md, docs/rules.md.</summary>
    public string Name { get; }

    public string Text { get; }

    public string[] Lines { get; }

    /// <summary>"docs/rules.md:12": where a line (1-based) stands, for failure messages.</summary>
    public string At(int line) => $"{Name}:{line}";

    /// <summary>Every fenced block, in order. A fence is a line of three backticks, the opening one with its language.</summary>
    public IReadOnlyList<FencedBlock> Blocks()
    {
        var blocks = new List<FencedBlock>();
        for (int i = 0; i < Lines.Length; i++)
        {
            if (!Lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            int end = Array.FindIndex(Lines, i + 1, l => l.TrimEnd() == "```");
            Assert.True(end > i, $"{At(i + 1)}: a fenced block that is never closed");
            blocks.Add(new FencedBlock(this, i + 1, end + 1, Lines[i][3..].Trim(), string.Join('\n', Lines[(i + 1)..end]) + "\n"));
            i = end;
        }

        return blocks;
    }

    /// <summary>
    /// The examples: a sh block followed, after one blank line, by a text block of what its commands print. Only in
    /// the lines from <paramref name="from"/> to <paramref name="to"/> (1-based, inclusive) when given.
    /// </summary>
    public IReadOnlyList<DocumentedExample> Examples(int from = 1, int to = int.MaxValue)
    {
        IReadOnlyList<FencedBlock> blocks = [.. Blocks().Where(b => b.Line >= from && b.EndLine <= to)];
        return [.. blocks.Zip(blocks.Skip(1))
            .Where(pair => pair.First.Language == "sh" && pair.Second.Language == "text" && pair.Second.Line == pair.First.EndLine + 2)
            .Select(pair => new DocumentedExample(pair.First, pair.Second))];
    }

    /// <summary>The lines (1-based, inclusive) of the section under a heading, up to the next heading of its level or above.</summary>
    public (int From, int To) Section(string heading)
    {
        int at = Array.IndexOf(Lines, heading);
        Assert.True(at >= 0, $"{Name} no longer has the heading '{heading}'.");
        int level = heading.TakeWhile(c => c == '#').Count();
        int next = Array.FindIndex(Lines, at + 1, l => Heading().Match(l) is { Success: true } h && h.Groups["marks"].Length <= level);
        return (at + 1, next < 0 ? Lines.Length : next);
    }

    /// <summary>Every table: a row of cells, a delimiter row of dashes, then its rows, each with its line.</summary>
    public IReadOnlyList<MarkdownTable> Tables()
    {
        var tables = new List<MarkdownTable>();
        bool inFence = false;
        for (int i = 0; i + 1 < Lines.Length; i++)
        {
            inFence ^= Lines[i].StartsWith("```", StringComparison.Ordinal);
            if (inFence || !Lines[i].StartsWith('|') || !DelimiterRow().IsMatch(Lines[i + 1]))
            {
                continue;
            }

            var rows = new List<(int Line, string[] Cells)>();
            int row = i + 2;
            for (; row < Lines.Length && Lines[row].StartsWith('|'); row++)
            {
                rows.Add((row + 1, Cells(Lines[row])));
            }

            tables.Add(new MarkdownTable(this, i + 1, Cells(Lines[i]), Cells(Lines[i + 1]).Length, rows));
            i = row - 1;
        }

        return tables;
    }

    /// <summary>Every link's target, with its line, outside fenced blocks and code spans.</summary>
    public IEnumerable<(int Line, string Target)> Links()
    {
        bool inFence = false;
        for (int i = 0; i < Lines.Length; i++)
        {
            inFence ^= Lines[i].StartsWith("```", StringComparison.Ordinal);
            if (inFence)
            {
                continue;
            }

            foreach (Match link in Link().Matches(CodeSpan().Replace(Lines[i], string.Empty)))
            {
                yield return (i + 1, link.Groups["target"].Value);
            }
        }
    }

    /// <summary>The anchors GitHub gives the file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    public IReadOnlySet<string> Anchors() => Lines
        .Select(l => Heading().Match(l))
        .Where(h => h.Success)
        .Select(h => string.Concat(h.Groups["text"].Value.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-'))
        .ToHashSet(StringComparer.Ordinal);

    public static Documentation Read(string name) =>
        new(name, File.ReadAllText(Path.Combine(RepositoryRoot, name)).ReplaceLineEndings("\n"));

    // A table row's cells: split at every pipe a backslash does not escape, the outer pipes dropped.
    private static string[] Cells(string row) =>
        [.. UnescapedPipe().Split(row.Trim().Trim('|')).Select(c => c.Trim())];

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CertInspect.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: CertInspect.sln not found above them.");
    }

    [GeneratedRegex(@"^(?<marks>#{1,6}) (?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();
}
