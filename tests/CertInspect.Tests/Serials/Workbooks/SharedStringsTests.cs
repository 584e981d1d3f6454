using CertInspect.Serials.Workbooks;
using static CertInspect.Tests.Serials.Workbooks.TestWorkbook;

namespace CertInspect.Tests.Serials.Workbooks;

public sealed class SharedStringsTests
{
    private const string Part = "xl/sharedStrings.xml";

    private static SharedStrings Read(string items, int maxStrings = 100, long maxBytes = 4 << 20)
    {
        using WorkbookPackage package = WorkbookPackage.Open(new MemoryStream(Zip(Parts([("S", string.Empty)], items))));
        return SharedStrings.Read(package, Part, maxStrings, maxBytes);
    }

    [Fact]
    public void Read_PlainRichAndPhoneticText_KeepsWhatTheCellShows()
    {
        SharedStrings strings = Read("<si><t>FOC1838A1B2</t></si><si><r><t>Büro </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">Nord 🏢</t></r></si>"
            + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si><si/>");

        Assert.Equal(["FOC1838A1B2", "Büro Nord 🏢", "東京", string.Empty], Enumerable.Range(0, strings.Count).Select(strings.Get));
        Assert.Null(strings.Get(4));
        Assert.Null(strings.Get(-1));
    }

    [Fact]
    public void Read_ManyStrings_SpanChunksWhole()
    {
        // 1 MiB chunks: 40,000 strings of 40 characters (3 bytes each) fill several; none is split.
        string text = new('€', 40);
        SharedStrings strings = Read(string.Concat(Enumerable.Repeat($"<si><t>{text}</t></si>", 40_000)), maxStrings: 50_000, maxBytes: 16 << 20);

        Assert.Equal(40_000, strings.Count);
        Assert.All(Enumerable.Range(0, strings.Count), i => Assert.Equal(text, strings.Get(i)));
    }

    [Fact]
    public void Read_MoreStringsThanTheLimit_Throws()
    {
        var e = Assert.Throws<WorkbookException>(() => Read(string.Concat(Enumerable.Repeat("<si><t>x</t></si>", 11)), maxStrings: 10));

        Assert.Equal("xl/sharedStrings.xml holds more than 10 shared strings; it is not read", e.Message);
    }

    [Fact]
    public void Read_MoreTextThanTheLimit_Throws()
    {
        string item = $"<si><t>{new string('x', 30_000)}</t></si>";

        var e = Assert.Throws<WorkbookException>(() => Read(string.Concat(Enumerable.Repeat(item, 80)), maxBytes: 2 << 20));

        Assert.Equal("xl/sharedStrings.xml holds more than 2 MiB of shared strings (64 read); it is not read", e.Message);
    }

    [Fact]
    public void Read_StringLongerThanExcelAllows_Throws()
    {
        var e = Assert.Throws<WorkbookException>(() => Read($"<si><t>a</t></si><si><t>{new string('x', 32_768)}</t></si>"));

        Assert.Equal("xl/sharedStrings.xml: shared string 1 is longer than Excel's 32,767 characters", e.Message);
    }
}
