using System.Diagnostics;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Tests.Serials.Workbooks;
using static CertInspect.Tests.Serials.Workbooks.TestWorkbook;

namespace CertInspect.Tests.Dispatch;

/// <summary>
/// Hostile workbooks (issue 27): each is one input error, read through the audit's reader in bounded time and
/// memory, and leaves the reader fit for the next file. Memory is bounded by what the reading thread allocates: a part
/// that is inflated or held whole would show here as gigabytes.
/// </summary>
public sealed class HostileWorkbookTests
{
    private static readonly TimeSpan _timeBound = TimeSpan.FromSeconds(20);
    private const long AllocationBound = 64L << 20;

    private static readonly string _header = Row(1, "Serial Number", "AP Name") + Row(2, "FOC1838A1B2", "AP-1");

    private static (CollectingSink Sink, InputSummaryCounts Counts) Read(byte[] workbook, long allocationBound = AllocationBound)
    {
        var sink = new CollectingSink();
        var clock = Stopwatch.StartNew();
        long allocated = GC.GetAllocatedBytesForCurrentThread();

        InputSummaryCounts counts = InputReader.Read(new InputSource("hostile.xlsx", () => new MemoryStream(workbook)), sink);

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(clock.Elapsed < _timeBound, $"took {clock.Elapsed}");
        Assert.True(allocated < allocationBound, $"allocated {allocated >> 20} MiB");
        return (sink, counts);
    }

    private static byte[] Replace(List<(string Name, string Text)> parts, string name, string text) =>
        Zip(parts.Select(p => p.Name == name ? (p.Name, text) : p));

    [Fact]
    public void Read_ZipBombSheet_IsOneInputError()
    {
        // 2 GiB of blank space inside sheetData, in about 2 MB: refused from its zip entry's sizes, unopened.
        (CollectingSink sink, InputSummaryCounts counts) = Read(SheetBomb(understated: false));

        InputError error = Assert.Single(sink.Errors);
        Assert.True(error.Message.StartsWith("xl/worksheets/sheet1.xml is not read: its zip entry says it inflates to 2,048 MiB from ", StringComparison.Ordinal), error.Message);
        Assert.EndsWith("bytes, over 100 times its compressed size (a zip bomb); the rest of the workbook is not read", error.Message, StringComparison.Ordinal);
        Assert.Equal("inventory-xlsx", counts.Kind);
    }

    [Fact]
    public void Read_ZipBombWhoseEntryUnderstatesItsSize_IsCutThere()
    {
        // The entry says 50 times its compressed size: ZipArchive inflates no further, and the sheet's XML ends early.
        (CollectingSink sink, _) = Read(SheetBomb(understated: true));

        Assert.StartsWith("xl/worksheets/sheet1.xml is not well-formed XML: ", Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("AP-1", Assert.Single(sink.Observations).Name);
    }

    private static byte[] SheetBomb(bool understated)
    {
        List<RawZip.Entry> entries = [.. Parts([("Bomb", string.Empty)]).Where(p => p.Name != "xl/worksheets/sheet1.xml").Select(p => RawZip.Deflate(p.Name, p.Text))];
        string start = Sheet(_header).Replace("</sheetData></worksheet>", string.Empty, StringComparison.Ordinal);
        entries.Add(RawZip.Bomb("xl/worksheets/sheet1.xml", start, "          ", 2, "</sheetData></worksheet>", understated));
        return RawZip.Write(entries);
    }

    [Fact]
    public void Read_SharedStringsOfGigabytes_IsOneInputError()
    {
        List<RawZip.Entry> entries = [.. Parts([("S", _header)], sharedStrings: string.Empty).Where(p => p.Name != "xl/sharedStrings.xml").Select(p => RawZip.Deflate(p.Name, p.Text))];
        entries.Add(RawZip.Bomb("xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">", "<si><t>FOC1838A1B2</t></si>", 2, "</sst>"));

        (CollectingSink sink, _) = Read(RawZip.Write(entries));

        InputError error = Assert.Single(sink.Errors);
        Assert.StartsWith("xl/sharedStrings.xml ", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("hostile.xlsx", null), error.Location);
        Assert.Empty(sink.Observations);
    }

    [Fact]
    public void Read_OneSharedStringOfGigabytes_IsOneInputError()
    {
        List<RawZip.Entry> entries = [.. Parts([("S", _header)], sharedStrings: string.Empty).Where(p => p.Name != "xl/sharedStrings.xml").Select(p => RawZip.Deflate(p.Name, p.Text))];
        entries.Add(RawZip.Bomb("xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\"><si><t>", "FOC1838A1B2", 2, "</t></si></sst>"));

        (CollectingSink sink, _) = Read(RawZip.Write(entries));

        Assert.StartsWith("xl/sharedStrings.xml ", Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
    }

    // A DTD in any part that is read: external entities (a file, a URL) and entity expansion ("billion laughs").
    [Theory]
    [InlineData("_rels/.rels")]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    [InlineData("xl/styles.xml")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    public void Read_DtdInAnyPart_IsOneInputErrorAndNothingIsResolved(string part)
    {
        const string ExternalEntity = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY web SYSTEM \"http://127.0.0.1:9/x\">]>";
        const string Laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        foreach (string doctype in new[] { ExternalEntity, Laughs })
        {
            List<(string Name, string Text)> parts = Parts([("S", _header)], "<si><t>x</t></si>", "<cellXfs><xf numFmtId=\"0\"/></cellXfs>");
            string text = parts.Single(p => p.Name == part).Text;
            int root = text.IndexOf('<', text.IndexOf("?>", StringComparison.Ordinal));
            string hostile = string.Concat(text.AsSpan(0, root), doctype, text.AsSpan(root));

            (CollectingSink sink, _) = Read(Replace(parts, part, hostile.Replace("<t>x</t>", "<t>&xxe;&c;</t>", StringComparison.Ordinal)));

            InputError error = Assert.Single(sink.Errors);
            Assert.True(error.Message.Contains($"{part} declares a DTD: a workbook part never does, and its entities are not expanded or fetched", StringComparison.Ordinal), error.Message);
            Assert.Empty(sink.Observations);
        }
    }

    [Fact]
    public void Read_MillionEmptyStyledCells_AreSkippedQuickly()
    {
        // Excel keeps a cell for every formatted empty cell: 1,000 rows of 1,000 are passed over, not held.
        string empty = string.Concat(Enumerable.Range(3, 1_000).Select(r => $"<row r=\"{r}\">{string.Concat(Enumerable.Repeat("<c s=\"1\"/>", 1_000))}</row>"));
        byte[] workbook = Zip(Parts([("S", _header + empty + Row(1_003, "FCW1841C2D3", "AP-2"))], styles: "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"0\" fillId=\"2\"/></cellXfs>"));

        (CollectingSink sink, InputSummaryCounts counts) = Read(workbook);

        Assert.Empty(sink.Errors);
        Assert.Equal(["hostile.xlsx:S!2", "hostile.xlsx:S!1003"], sink.Observations.Select(o => o.Location.ToString()));
        Assert.Equal(2, counts.Rows);
    }

    [Fact]
    public void Read_RowsAsWideAsExcelAllows_CostTheirCellsOnly()
    {
        // 16,384 columns (A to XFD), every one a header and so an extra column: each cell is found by its column at
        // once, not by a search of the row (which would be 268 million steps a row). The observations themselves
        // (20 rows of 16,383 extra values) are what is allocated.
        string wide = string.Concat(Enumerable.Range(1, 16_383).Select(c => $"<c t=\"inlineStr\"><is><t>C{c}</t></is></c>"));
        string rows = $"<row r=\"1\"><c t=\"inlineStr\"><is><t>Serial</t></is></c>{wide}</row>"
            + string.Concat(Enumerable.Range(2, 20).Select(r => $"<row r=\"{r}\"><c t=\"inlineStr\"><is><t>FOC1838A1B2</t></is></c>{wide}</row>"));

        (CollectingSink sink, _) = Read(Zip(Parts([("S", rows)])), allocationBound: 1L << 30);

        Assert.Equal(20, sink.Observations.Count);
        Assert.Equal(16_383, sink.Observations[^1].Extra.Count);
    }

    [Theory]
    [InlineData((ushort)14)]
    [InlineData((ushort)99)]
    public void Read_PartCompressedWithAnUnknownMethod_IsOneInputError(ushort method)
    {
        // 14 is LZMA, 99 AES encryption (APPNOTE.TXT §4.4.5, WinZip AE-x): ZipArchive reads neither.
        List<RawZip.Entry> entries = [.. Parts([("S", _header)]).Select(p => RawZip.Deflate(p.Name, p.Text))];
        int sheet = entries.FindIndex(e => e.Name == "xl/worksheets/sheet1.xml");
        entries[sheet] = entries[sheet] with { Method = method };

        (CollectingSink sink, _) = Read(RawZip.Write(entries));

        string message = Assert.Single(sink.Errors).Message;
        Assert.StartsWith("xl/worksheets/sheet1.xml cannot be inflated (", message, StringComparison.Ordinal);
        Assert.EndsWith("; the rest of the workbook is not read", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipOfTooManyFiles_IsOneInputError()
    {
        byte[] zip = Zip(Parts([("S", _header)]).Concat(Enumerable.Range(0, 10_001).Select(i => ($"xl/media/image{i}.png", string.Empty))));

        (CollectingSink sink, InputSummaryCounts counts) = Read(zip);

        Assert.Equal("the zip holds 10,006 files; a workbook has a few per sheet, and zips of over 10,000 are not read; the rest of the workbook is not read", Assert.Single(sink.Errors).Message);
        Assert.Equal("unsupported", counts.Kind);
    }
}
