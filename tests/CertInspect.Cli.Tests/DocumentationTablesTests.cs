using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// The tables scripts and readers rely on (the exit codes, the rules) say what the code does, every table of the
/// documentation renders whole, and every link between its files arrives. A failure names the file and line.
/// </summary>
public sealed class DocumentationTablesTests
{
    // Scripts branch on the exit codes: the README's table lists each code the command returns, and no other.
    [Fact]
    public void ExitCodes_ReadmeTable_ListsEveryCodeOfTheCommand()
    {
        MarkdownTable table = OnlyTable(Documentation.Readme, "## Exit codes");
        int[] documented = [.. table.Rows.Select(r => int.TryParse(r.Cells[0], CultureInfo.InvariantCulture, out int code) ? code : -1)];
        int[] returned = [.. typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).Order()];

        Assert.True(documented.SequenceEqual(returned), $"{table.File.At(table.Line)}: the table lists the exit codes {string.Join(", ", documented)}; the command returns {string.Join(", ", returned)}");
        Assert.All(table.Rows, r => Assert.True(r.Cells[1].Length > 0, $"{table.File.At(r.Line)}: exit code {r.Cells[0]} says nothing"));
    }

    // Every built-in rule has a row, with the severity the rules data gives it first; a row names no rule that is gone.
    [Fact]
    public void RulesTable_ListsEveryBuiltInRuleWithItsSeverity()
    {
        MarkdownTable[] tables = [.. Documentation.All.SelectMany(d => d.Tables()).Where(t => t.Header.SequenceEqual(["id", "severity", "fires when", "sources"]))];
        Assert.True(tables.Length == 1, $"The rules table (id, severity, fires when, sources) stands in {tables.Length} places of README.md and docs/*.md, not one.");
        MarkdownTable table = tables[0];

        CliRun run = CliRun.Invoke("rules", "--format", "json");
        using JsonDocument list = JsonDocument.Parse(run.Output);
        Dictionary<string, string> severityById = list.RootElement.GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("severity").GetString()!, StringComparer.Ordinal);

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach ((int line, string[] cells) in table.Rows)
        {
            string id = cells[0].Trim('`');
            Assert.True(listed.Add(id), $"{table.File.At(line)}: '{id}' has a row already");
            Assert.True(severityById.TryGetValue(id, out string? severity), $"{table.File.At(line)}: '{id}' is no built-in rule");
            string first = cells[1].Split('/')[0].Trim();
            Assert.True(first == severity, $"{table.File.At(line)}: '{id}' is {severity} in the rules data; the table says {cells[1]}");
        }

        string[] missing = [.. severityById.Keys.Where(id => !listed.Contains(id))];
        Assert.True(missing.Length == 0, $"{table.File.At(table.Line)}: the rules table has no row for {string.Join(", ", missing)}");
    }

    // A row with more cells than its header loses the extra ones when rendered; one with fewer, its last columns.
    [Fact]
    public void Tables_EveryRowHasTheCellsOfItsHeader()
    {
        MarkdownTable[] tables = [.. Documentation.All.SelectMany(d => d.Tables())];
        Assert.True(tables.Length > 0, "README.md and docs/*.md hold no table; the README's exit codes are one.");
        foreach (MarkdownTable table in tables)
        {
            Assert.True(table.DelimiterCells == table.Header.Length, $"{table.File.At(table.Line + 1)}: the delimiter row has {table.DelimiterCells} cells, the header {table.Header.Length}");
            foreach ((int line, string[] cells) in table.Rows)
            {
                Assert.True(cells.Length == table.Header.Length, $"{table.File.At(line)}: {cells.Length} cells in a table of {table.Header.Length} columns (a '|' inside a cell is written '\\|')");
            }
        }
    }

    // The reference moved from the README to docs/ (issue 28): a link into another file, or to a heading, arrives.
    [Fact]
    public void Links_BetweenTheFiles_PointAtFilesAndHeadingsThatExist()
    {
        int checkedLinks = 0;
        foreach (Documentation file in Documentation.All)
        {
            foreach ((int line, string target) in file.Links().Where(l => !l.Target.Contains("://", StringComparison.Ordinal) && !l.Target.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                string[] parts = target.Split('#', 2);
                string folder = Path.GetDirectoryName(file.Name) ?? string.Empty;
                string path = parts[0].Length == 0 ? file.Name : Path.GetRelativePath(Documentation.RepositoryRoot, Path.GetFullPath(Path.Combine(Documentation.RepositoryRoot, folder, parts[0]))).Replace('\\', '/');
                Assert.True(File.Exists(Path.Combine(Documentation.RepositoryRoot, path)), $"{file.At(line)}: the link '{target}' points at {path}, which does not exist");
                if (parts.Length == 2 && path.EndsWith(".md", StringComparison.Ordinal))
                {
                    Documentation linked = Documentation.All.FirstOrDefault(d => d.Name == path) ?? Documentation.Read(path);
                    Assert.True(linked.Anchors().Contains(parts[1]), $"{file.At(line)}: the link '{target}' names no heading of {path}");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 0, "README.md and docs/*.md link nowhere; the README links to every file of docs/.");
    }

    // The one table in a section of the file.
    private static MarkdownTable OnlyTable(Documentation file, string heading)
    {
        (int from, int to) = file.Section(heading);
        MarkdownTable[] tables = [.. file.Tables().Where(t => t.Line > from && t.Line <= to)];
        Assert.True(tables.Length == 1, $"{file.At(from)}: {tables.Length} tables under '{heading}', not one");
        return tables[0];
    }
}
