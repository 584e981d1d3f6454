using CertInspect.Reporting;

namespace CertInspect.Cli;

/// <summary>The --format names and the writer each selects.</summary>
internal static class ReportFormats
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Html = "html";

    public static IReportWriter Writer(string format, bool useColor) => format switch
    {
        Csv => new CsvReportWriter(),
        Json => new JsonReportWriter(),
        Markdown => new MarkdownReportWriter(),
        Html => new HtmlReportWriter(),
        _ => new TableReportWriter(useColor),
    };
}
