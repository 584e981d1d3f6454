using CertInspect.Evidence;
using CertInspect.Serials;
using CertInspect.Tests.Serials.Workbooks;
using static CertInspect.Tests.Serials.Workbooks.TestWorkbook;

namespace CertInspect.Tests.Serials;

public sealed class InventoryXlsxReaderTests
{
    private static (bool IsWorkbook, long Rows, CollectingSink Sink) Read(byte[] workbook, ColumnMapping? mapping = null)
    {
        var sink = new CollectingSink();
        (bool isWorkbook, long rows) = InventoryXlsxReader.Read(new MemoryStream(workbook), "inv.xlsx", sink, mapping);
        return (isWorkbook, rows, sink);
    }

    [Fact]
    public void Read_Fixture_EveryRowWithItsSheetAndRowNumber()
    {
        // testdata/inventories/make_inventories.py: title rows on HQ, another column order on Branch, a Read me sheet.
        var sink = new CollectingSink();
        using FileStream file = File.OpenRead(TestData.Path("inventories", "fleet-two-sheets.xlsx"));

        (bool isWorkbook, long rows) = InventoryXlsxReader.Read(file, "fleet.xlsx", sink);

        Assert.True(isWorkbook);
        Assert.Equal(11, rows);
        Assert.Empty(sink.Errors);
        Assert.Equal(
            ["fleet.xlsx:HQ!5", "fleet.xlsx:HQ!6", "fleet.xlsx:HQ!7", "fleet.xlsx:HQ!9", "fleet.xlsx:HQ!10", "fleet.xlsx:HQ!10", "fleet.xlsx:HQ!11",
             "fleet.xlsx:Branch!2", "fleet.xlsx:Branch!3", "fleet.xlsx:Branch!4", "fleet.xlsx:Branch!5", "fleet.xlsx:Branch!6"],
            sink.Observations.Select(o => o.Location.ToString()));
        InventoryObservation first = sink.Observations[0];
        Assert.Equal(("FOC1838A1B2", "HQ-AP-01", "AIR-CAP2602I-E-K9", "00:1a:2b:3c:4d:01", "HQ"), (first.Serial, first.Name, first.Model, first.Mac, first.Site));
        Assert.Equal([new("Installed", "2014-11-03"), new KeyValuePair<string, string>("Asset", "2001")], first.Extra);
        Assert.Equal("HQ-AP-01,FOC1838A1B2,AIR-CAP2602I-E-K9,00:1a:2b:3c:4d:01,HQ,2014-11-03,2001", first.Text);
        Assert.Equal("2015-02-14", sink.Observations[1].Extra[0].Value);
        Assert.Equal("HQ-AP-03", sink.Observations[2].Name);
        Assert.Equal(["FOC1837E4F5", "FOC1837E4F6"], sink.Observations.Where(o => o.Name == "HQ-SW-01").Select(o => o.Serial));
        Assert.Equal("123456", sink.Observations.Single(o => o.Name == "HQ-ONS-01").Serial);
        Assert.Equal(("fjc2347g7h8", "BR-AP-02", "Branch"), (sink.Observations[8].Serial, sink.Observations[8].Name, sink.Observations[8].Site));
        Assert.Equal(string.Empty, sink.Observations.Single(o => o.Name == "BR-AP-04").Serial);
    }

    [Fact]
    public void Read_CellKinds_AsExcelShowsThemInIsoForm()
    {
        const string Styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"20\"/></cellXfs>";
        const string Strings = "<si><t>Serial</t></si><si><t>Note</t></si><si><r><t>FOC18</t></r><r><rPr><b/></rPr><t>38A1B2</t></r><rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh></si>";
        const string Rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>45617</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>123456</v></c><c r=\"B3\" s=\"2\"><v>45617.75</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>1.5</v></c><c r=\"B4\" s=\"3\"><v>2.5</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"b\"><v>1</v></c><c r=\"B5\" t=\"e\"><v>#N/A</v></c></row>"
            + "<row r=\"6\"><c r=\"A6\" t=\"str\"><f>A1&amp;\"X\"</f><v>SerialX</v></c><c r=\"B6\" s=\"4\"><v>0.5</v></c></row>"
            + "<row r=\"7\"><c r=\"A7\" t=\"d\"><v>2024-11-21T00:00:00</v></c><c r=\"B7\"><v>1E+20</v></c></row>";

        (_, _, CollectingSink sink) = Read(Zip(Parts([("S", Rows)], Strings, Styles)));

        Assert.Equal(
            ["FOC1838A1B2|2024-11-21", "123456|2024-11-21T18:00:00", "1.5|2.5", "TRUE|#N/A", "SerialX|12:00:00", "2024-11-21T00:00:00|1E+20"],
            sink.Observations.Select(o => $"{o.Serial}|{o.Extra[0].Value}"));
    }

    [Fact]
    public void Read_Date1904_CountsFrom1904()
    {
        byte[] workbook = Zip(Parts(
            [("S", Row(1, "SN", "Installed") + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>FOC1838A1B2</t></is></c><c r=\"B2\" s=\"1\"><v>0</v></c></row>")],
            styles: "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>",
            workbookPr: "<workbookPr date1904=\"1\"/>"));

        Assert.Equal("1904-01-01", Assert.Single(Read(workbook).Sink.Observations).Extra[0].Value);
    }

    [Fact]
    public void Read_TitleRowsAndBlankRows_HeaderIsTheFirstRowWithASerialColumn()
    {
        byte[] workbook = Workbook(("Export", Row(1, "Access points") + Row(3, "AP Name", "Serial No.") + Row(4) + "<row r=\"5\" s=\"2\" customFormat=\"1\"/>" + Row(6, "AP-1", "FOC1838A1B2")));

        (_, long rows, CollectingSink sink) = Read(workbook);

        Assert.Equal(1, rows);
        Assert.Equal("inv.xlsx:Export!6", Assert.Single(sink.Observations).Location.ToString());
    }

    [Fact]
    public void Read_CellsWithoutReferences_FollowEachOther()
    {
        byte[] workbook = Workbook(("S", "<row><c t=\"inlineStr\"><is><t>Name</t></is></c><c t=\"inlineStr\"><is><t>SN</t></is></c></row>"
            + "<row><c t=\"inlineStr\"><is><t>AP-1</t></is></c><c t=\"inlineStr\"><is><t>FOC1838A1B2</t></is></c></row>"));

        InventoryObservation row = Assert.Single(Read(workbook).Sink.Observations);

        Assert.Equal(("FOC1838A1B2", "AP-1", 2L), (row.Serial, row.Name, row.Location.Line));
    }

    [Fact]
    public void Read_ColumnsMapping_FindsTheNamedHeaderOnEverySheet()
    {
        byte[] workbook = Workbook(("Nord", Row(1, "Seriennummer", "Standort") + Row(2, "FOC1838A1B2", "Hamburg")), ("Süd", Row(1, "Standort", "Seriennummer") + Row(2, "München", "FCW1841C2D3")));
        var mapping = ColumnMapping.Parse(["serial=Seriennummer", "site=Standort"]);

        (_, _, CollectingSink sink) = Read(workbook, mapping);

        Assert.Equal(["FOC1838A1B2@Hamburg", "FCW1841C2D3@München"], sink.Observations.Select(o => $"{o.Serial}@{o.Site}"));
        Assert.Equal("inv.xlsx:Süd!2", sink.Observations[1].Location.ToString());
    }

    [Fact]
    public void Read_NoSheetWithASerialColumn_IsOneErrorNamingTheSheets()
    {
        (bool isWorkbook, long rows, CollectingSink sink) = Read(Workbook(("Budget", Row(1, "Item", "Cost") + Row(2, "Cable", "12")), ("Empty", string.Empty)));

        Assert.True(isWorkbook);
        Assert.Equal(0, rows);
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal(new SourceLocation("inv.xlsx", null), error.Location);
        Assert.StartsWith("no sheet has a serial column in its first 30 rows", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("sheets: 'Budget' (first row: Item,Cost); 'Empty' (empty)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MappingNamesAnAbsentHeader_SaysSo()
    {
        (_, _, CollectingSink sink) = Read(Workbook(("S", Row(1, "SN") + Row(2, "FOC1838A1B2"))), ColumnMapping.Parse(["serial=Seriennummer"]));

        Assert.StartsWith("the --columns mapping names the serial column 'Seriennummer', which no sheet's header row has", Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutRows_IsAnInputError()
    {
        (_, long rows, CollectingSink sink) = Read(Workbook(("S", Row(1, "Serial Number", "Name"))));

        Assert.Equal(0, rows);
        Assert.Equal("the workbook has a header but no data rows", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Read_CellLongerThanExcelAllows_IsARowErrorAndTheRestIsRead()
    {
        byte[] workbook = Workbook(("S", Row(1, "SN", "Note") + Row(2, "FOC1838A1B2", new string('x', 40_000)) + Row(3, "FCW1841C2D3", "ok")));

        (_, long rows, CollectingSink sink) = Read(workbook);

        Assert.Equal(2, rows);
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal(("inv.xlsx:S!2", "cell B2 is longer than Excel's 32,767 characters"), (error.Location.ToString(), error.Message));
        Assert.Equal("FCW1841C2D3", Assert.Single(sink.Observations).Serial);
    }

    [Fact]
    public void Read_StrictOpenXml_IsReadLikeTransitional()
    {
        // ISO/IEC 29500 strict names other namespaces; parts and attributes keep their local names.
        var parts = Parts([("S", Row(1, "SN") + Row(2, "FOC1838A1B2"))])
            .Select(p => (p.Name, p.Text.Replace(Main, "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
                .Replace(TestWorkbook.Relationships, "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal)));

        Assert.Equal("FOC1838A1B2", Assert.Single(Read(Zip(parts)).Sink.Observations).Serial);
    }

    [Theory]
    [InlineData("word/document.xml", "a Word document (.docx), not an Excel workbook")]
    [InlineData("content.xml", "an OpenDocument file (.ods, .odt): save it as .xlsx or CSV")]
    [InlineData("certs/ap1.pem", "a zip archive of 1 files (certs/ap1.pem), not an Excel workbook (it has no xl/workbook.xml): unzip it")]
    public void Read_ZipThatIsNoWorkbook_SaysWhatItIs(string part, string expected)
    {
        (bool isWorkbook, long rows, CollectingSink sink) = Read(Zip([(part, "<x/>")]));

        Assert.False(isWorkbook);
        Assert.Equal(0, rows);
        Assert.StartsWith(expected, Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SharedStringOutOfRange_StopsWithOneErrorAtTheRow()
    {
        byte[] workbook = Zip(Parts([("S", Row(1, "SN") + Row(2, "FOC1838A1B2") + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c></row>")], "<si><t>x</t></si>"));

        (_, long rows, CollectingSink sink) = Read(workbook);

        Assert.Single(sink.Observations);
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal("inv.xlsx:S!3", error.Location.ToString());
        Assert.Equal("xl/worksheets/sheet1.xml: cell A3 names shared string '7', and the table has 1; the rest of the workbook is not read", error.Message);
        Assert.Equal(1, rows);
    }
}
