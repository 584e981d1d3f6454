using CertInspect.Reporting;
using CertInspect.Reporting.Csv;
using CertInspect.Reporting.Html;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Markdown;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;

namespace CertInspect.Cli;

/// <summary>The --format names and the writer each selects.</summary>
internal static class ReportFormats
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";
    public const string JsonLines = "jsonl";
    public const string Markdown = "markdown";
    public const string Html = "html";

    /// <summary>A workbook: binary, written by <see cref="CertInspect.Reporting.Xlsx.XlsxReportWriter"/> to a file only.</summary>
    public const string Xlsx = "xlsx";

    /// <param name="tableWidth">The width a table's device rows must fit; null for whole cells.</param>
    public static IReportWriter<Report> Writer(string format, bool useColor, int? tableWidth = null) => format switch
    {
        Csv => new CsvReportWriter(),
        Json => new JsonReportWriter(),
        JsonLines => new JsonLinesReportWriter(),
        Markdown => new MarkdownReportWriter(),
        Html => new HtmlReportWriter(),
        _ => new TableReportWriter(useColor, tableWidth),
    };
}
