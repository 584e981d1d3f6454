using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Reporting.Xlsx;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting.Xlsx;

public sealed class XlsxReportWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void SmallAudit_FiveSheets_SummaryFirst_FrozenFilteredHeaders_DatesAsDates_RisksColoured()
    {
        using AuditResult result = SmallAudit.Run();
        Dictionary<string, XDocument> parts = Written(new XlsxReportWriter(), result);

        Assert.Equal(["Summary", "Devices", "Findings", "Input errors", "Rules"], SheetNames(parts));
        XDocument devices = Sheet(parts, "Devices");
        Assert.Equal("frozen", devices.Descendants(Main + "pane").Single().Attribute("state")!.Value);
        Assert.Equal("A1:T4", devices.Descendants(Main + "autoFilter").Single().Attribute("ref")!.Value);
        Assert.Equal(20, devices.Descendants(Main + "col").Count());

        // FCW1410A1B2 (row 3): critical, its MIC predicted to end 2020-03-05, written as that date's serial number in
        // the yyyy-mm-dd style.
        XElement[] row = [.. devices.Descendants(Main + "row").ElementAt(2).Elements(Main + "c")];
        Assert.Equal(("critical", "3"), (Text(row[0]), row[0].Attribute("s")!.Value));
        Assert.Equal("FCW1410A1B2", Text(row[1]));
        int serial = new DateOnly(2020, 3, 5).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
        Assert.Equal((serial.ToString(CultureInfo.InvariantCulture), "2"), (row[11].Element(Main + "v")!.Value, row[11].Attribute("s")!.Value));
        Assert.Contains("numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"", parts["xl/styles.xml"].ToString(SaveOptions.DisableFormatting), StringComparison.Ordinal);

        XDocument findings = Sheet(parts, "Findings");
        Assert.Equal(1 + result.Report.Devices.Sum(d => d.Findings.Count), findings.Descendants(Main + "row").Count());
        string[] summary = [.. Sheet(parts, "Summary").Descendants(Main + "row").Select(r => string.Join("|", r.Elements(Main + "c").Select(Text)))];
        Assert.Contains("APs that cannot join on 2026-11-21|2|on a controller that enforces MIC validity: their MIC, SUDI or SSC, or the MIC predicted from the serial, has ended, or the evidence shows the join failing", summary);
        // Issue 25: how many of them rest on the prediction alone, and the milestones said to be running totals.
        Assert.Contains(summary, line => line.StartsWith("  of them, predicted from the serial alone|2|", StringComparison.Ordinal));
        Assert.All(summary.Where(l => l.StartsWith("In all stop by ", StringComparison.Ordinal)), line => Assert.Contains("a running total from 2026-11-21", line, StringComparison.Ordinal));
        Assert.Contains(summary, line => line.StartsWith("In all stop by ", StringComparison.Ordinal));
    }

    [Fact]
    public void PastTheRowLimit_TheSheetContinues_AndTheSummarySaysSo()
    {
        // Three devices and a limit of three rows (a header and two devices) per sheet.
        using AuditResult result = SmallAudit.Run();
        var writer = new XlsxReportWriter(maxRows: 3);
        Dictionary<string, XDocument> parts = Written(writer, result);

        string[] names = SheetNames(parts);
        Assert.Equal(["Summary", "Devices", "Devices (2)", "Findings", "Findings (2)", "Findings (3)", "Findings (4)", "Input errors"], names[..8]);
        Assert.Equal(2, Sheet(parts, "Devices (2)").Descendants(Main + "row").Count());
        Assert.Equal("Devices: 3 rows, more than one sheet holds (2); continued in 'Devices (2)'", writer.Continued[0]);
        // The summary itself runs over three rows here: its lines are in "Summary" and the sheets after it.
        Assert.Contains(names.Where(n => n.StartsWith("Summary", StringComparison.Ordinal)).SelectMany(n => Sheet(parts, n).Descendants(Main + "t")), t => t.Value == "Past Excel's row limit");
    }

    [Fact]
    public void TextXmlCannotCarry_IsReplaced_AndLongCellsAreCut()
    {
        string name = "AP\u0001\uD800-" + new string('x', 40_000);
        var observation = new InventoryObservation(new SourceLocation("fleet.csv", 2), "FOC1837X1Y2", "FOC1837X1Y2", name, null, null, "HQ", []);
        using AuditResult result = new Auditor(BuiltInRules.Set).Run([observation], new EvaluationContext(new DateOnly(2026, 11, 21), [90, 365]));

        Dictionary<string, XDocument> parts = Written(new XlsxReportWriter(), result);

        string written = Text(Sheet(parts, "Devices").Descendants(Main + "row").ElementAt(1).Elements(Main + "c").ElementAt(2));
        Assert.StartsWith("AP\uFFFD\uFFFD-xxx", written, StringComparison.Ordinal);
        Assert.Equal(XlsxSheet.MaxCellCharacters, written.Length);
        Assert.EndsWith("…", written, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAudit_SameBytes_WhateverTheClock()
    {
        byte[] first = Bytes();
        Thread.Sleep(2100); // zip times have a two-second resolution
        byte[] second = Bytes();

        Assert.Equal(first, second);

        static byte[] Bytes()
        {
            using AuditResult result = SmallAudit.Run();
            using var buffer = new MemoryStream();
            new XlsxReportWriter().Write(result.Report, buffer);
            return buffer.ToArray();
        }
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void ColumnName_IsExcelsLetters(int column, string expected) => Assert.Equal(expected, XlsxWorkbook.ColumnName(column));

    // Every XML part of the workbook, parsed: a part that is not well-formed XML fails here.
    private static Dictionary<string, XDocument> Written(XlsxReportWriter writer, AuditResult result)
    {
        using var buffer = new MemoryStream();
        writer.Write(result.Report, buffer);
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using Stream part = e.Open();
            return XDocument.Load(part);
        });
    }

    private static string[] SheetNames(Dictionary<string, XDocument> parts) =>
        [.. parts["xl/workbook.xml"].Descendants(Main + "sheet").Select(s => s.Attribute("name")!.Value)];

    private static XDocument Sheet(Dictionary<string, XDocument> parts, string name)
    {
        XNamespace relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        string id = parts["xl/workbook.xml"].Descendants(Main + "sheet").Single(s => s.Attribute("name")!.Value == name).Attribute(relationships + "id")!.Value;
        XNamespace package = "http://schemas.openxmlformats.org/package/2006/relationships";
        string target = parts["xl/_rels/workbook.xml.rels"].Descendants(package + "Relationship").Single(r => r.Attribute("Id")!.Value == id).Attribute("Target")!.Value;
        return parts["xl/" + target];
    }

    private static string Text(XElement cell) => cell.Element(Main + "is")?.Value ?? cell.Element(Main + "v")?.Value ?? string.Empty;
}
