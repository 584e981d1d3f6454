namespace CertInspect.Cli.Tests;

/// <summary>A Markdown table: its header's line and cells, how many cells its delimiter row has, and its rows.</summary>
internal sealed record MarkdownTable(Documentation File, int Line, string[] Header, int DelimiterCells, IReadOnlyList<(int Line, string[] Cells)> Rows);
