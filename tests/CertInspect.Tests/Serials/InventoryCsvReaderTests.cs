using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class InventoryCsvReaderTests
{
    [Fact]
    public void Read_MapsColumnsAndCarriesExtras()
    {
        var sink = new CollectingSink();
        const string Csv = "AP Name,Serial Number,PID,Ethernet MAC,Site,Asset Tag\nHQ-1, FOC1837X1Y2 ,AIR-CAP2602I-E-K9,00:11:22:33:44:55,HQ,A-1\n";

        long rows = InventoryCsvReader.Read(new StringReader(Csv), "inv.csv", ',', 0, sink);

        Assert.Equal(1, rows);
        var row = Assert.Single(sink.Observations);
        Assert.Equal(new SourceLocation("inv.csv", 2), row.Location);
        Assert.Equal(" FOC1837X1Y2 ", row.Serial);
        Assert.Equal(("HQ-1", "AIR-CAP2602I-E-K9", "00:11:22:33:44:55", "HQ"), (row.Name, row.Model, row.Mac, row.Site));
        Assert.Equal([new KeyValuePair<string, string>("Asset Tag", "A-1")], row.Extra);
        Assert.Equal("HQ-1, FOC1837X1Y2 ,AIR-CAP2602I-E-K9,00:11:22:33:44:55,HQ,A-1", row.Text);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Read_OtherSeparators(char separator)
    {
        var sink = new CollectingSink();
        string csv = $"SN{separator}Model\nFOC1837X1Y2{separator}\"AIR-CAP2602I{separator}E\"\n";

        InventoryCsvReader.Read(new StringReader(csv), "x", separator, 0, sink);

        Assert.Equal($"AIR-CAP2602I{separator}E", Assert.Single(sink.Observations).Model);
    }

    [Fact]
    public void Read_BrokenQuoting_IsAnInputErrorAndTheRestIsRead()
    {
        var sink = new CollectingSink();
        const string Csv = "SN,Name\nFOC1837X1Y2,a\nFOC18\"37X1Y3,b\nFOC1837X1Y4,\"c\n FOC1837X1Y5,d\n";

        long rows = InventoryCsvReader.Read(new StringReader(Csv), "x", ',', 0, sink);

        Assert.Equal(["FOC1837X1Y2", " FOC1837X1Y5"], sink.Observations.Select(o => o.Serial));
        Assert.Equal([3L, 4L], sink.Errors.Select(e => e.Location.Line!.Value));
        Assert.Contains("a quote inside an unquoted field", sink.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, rows);
    }

    [Fact]
    public void Read_LinesBeforeTheHeader_ShiftLineNumbers()
    {
        var sink = new CollectingSink();

        InventoryCsvReader.Read(new StringReader("SN\nFOC1837X1Y2\n"), "x", ',', linesBefore: 2, sink);

        Assert.Equal(4, Assert.Single(sink.Observations).Location.Line);
    }

    [Fact]
    public void Read_NoSerialColumn_IsOneErrorNamingTheHeader()
    {
        var sink = new CollectingSink();

        long rows = InventoryCsvReader.Read(new StringReader("Name,Model\na,b\n"), "x", ',', 0, sink);

        Assert.Equal(-1, rows);
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("no serial column", error.Message, StringComparison.Ordinal);
        Assert.Contains("--columns serial=HEADER", error.Message, StringComparison.Ordinal);
        Assert.Contains("found: Name, Model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankAndRaggedRows()
    {
        var sink = new CollectingSink();

        long rows = InventoryCsvReader.Read(new StringReader("Name,SN,Site\n,,\nAP1\n\nAP2,FOC1837X1Y2\n"), "x", ',', 0, sink);

        Assert.Equal(2, rows);
        Assert.Equal([string.Empty, "FOC1837X1Y2"], sink.Observations.Select(o => o.Serial));
        Assert.Null(sink.Observations[1].Site);
    }

    [Fact]
    public void Read_HugeRow_IsAnInputErrorAndTheRestIsRead()
    {
        var sink = new CollectingSink();
        string csv = "SN,Notes\nFOC1837X1Y2,ok\nFOC1837X1Y3," + new string('x', InventoryCsvReader.MaxRecordBytes + 10) + "\nFOC1837X1Y4,read\n";

        InventoryCsvReader.Read(new StringReader(csv), "x", ',', 0, sink);

        Assert.Equal(["FOC1837X1Y2", "FOC1837X1Y4"], sink.Observations.Select(o => o.Serial));
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal("the row is 1,048,598 bytes long, over the 1 MiB a row may have: not read; reading goes on with the next row", error.Message);
    }

    // Regression (issue 26, point 3): a row of a few MiB in a file ended the reading there ("the CSV cannot be read
    // past this point (Record 3 is longer than MaxRecordSize (1048576 bytes).)"): every row after it was lost.
    [Fact]
    public void Read_RowsOfMegabytesInAFile_AreInputErrorsAndEveryOtherRowIsRead()
    {
        var sink = new CollectingSink();
        string csv = "title line\r\nSerial,Name,Notes\r\nFOC1837X1Y2,AP-1,ok\r\nFOC1837X1Y3,AP-2," + new string('x', 3 << 20) + "\r\nFOC1838A1B2,AP-3,read\r\n"
            + "FOC1838A1B3,AP-4,\"" + new string('y', 5 << 20) + "\r\nFOC1838A1B4,AP-5,read\r\n";
        using var file = new StreamReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));
        file.ReadLine();

        long rows = InventoryCsvReader.Read(file, "big.csv", ',', 1, sink);

        Assert.Equal(5, rows);
        Assert.Equal(["FOC1837X1Y2", "FOC1838A1B2", "FOC1838A1B4"], sink.Observations.Select(o => o.Serial));
        Assert.Equal([4L, 6L], sink.Errors.Select(e => e.Location.Line ?? 0));
        Assert.All(sink.Errors, e => Assert.EndsWith("over the 1 MiB a row may have: not read; reading goes on with the next row", e.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Errors, e => e.Message.Contains("MaxRecordSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ColumnMapping_FindsHeadersInAnotherLanguage()
    {
        var sink = new CollectingSink();
        ColumnMapping mapping = ColumnMapping.Parse(["serial=Seriennummer", "name=AP-Name", "model=Modell", "site=Standort"]);

        InventoryCsvReader.Read(new StringReader("Seriennummer;AP-Name;Modell;Standort\nFGL1844K9P7;HQ-AP-01;AIR-CAP1702I-E-K9;München\n"), "de.csv", ';', 0, sink, mapping);

        InventoryObservation row = Assert.Single(sink.Observations);
        Assert.Equal(("FGL1844K9P7", "HQ-AP-01", "AIR-CAP1702I-E-K9", "München"), (row.Serial, row.Name, row.Model, row.Site));
    }

    [Fact]
    public void Read_StackCell_IsOneDevicePerMember()
    {
        var sink = new CollectingSink();

        InventoryCsvReader.Read(new StringReader("Serial,Name\n\"FOC1837X1Y2 / FOC1837X1Y3\",STACK\nFOC 1837 X1Y4,SPACED\n"), "s.csv", ',', 0, sink);

        Assert.Equal(["FOC1837X1Y2", "FOC1837X1Y3", "FOC 1837 X1Y4"], sink.Observations.Select(o => o.Serial));
        Assert.Equal(2, sink.Observations.Count(o => o.Name == "STACK" && o.Location.Line == 2));
    }

    [Theory]
    [InlineData("serial=Seriennummer,name=AP-Name", null)]
    [InlineData("seriell=X", "'seriell' is not a column role")]
    [InlineData("serial", "'serial' is not role=Header")]
    [InlineData("serial=A,serial=B", "the role 'serial' is mapped twice")]
    public void Parse_ColumnMapping_AcceptsRolesAndRefusesTheRest(string text, string? problem)
    {
        if (problem is null)
        {
            Assert.Equal("Seriennummer", ColumnMapping.Parse(text.Split(',')).HeaderFor("serial"));
        }
        else
        {
            Assert.StartsWith(problem, Assert.Throws<FormatException>(() => ColumnMapping.Parse(text.Split(','))).Message, StringComparison.Ordinal);
        }
    }
}
