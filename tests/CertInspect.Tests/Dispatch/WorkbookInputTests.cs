using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Tests.Serials.Workbooks;

namespace CertInspect.Tests.Dispatch;

/// <summary>
/// How a workbook reaches its reader: recognised by content (a zip, an OLE2 file), never by its name, and read from a
/// file or from standard input alike. Issue 27: an .xlsx was "binary data: a NUL byte at byte offset 5".
/// </summary>
public sealed class WorkbookInputTests
{
    private static readonly byte[] _workbook = TestWorkbook.Workbook(("Inventory", TestWorkbook.Row(1, "Serial Number") + TestWorkbook.Row(2, "FOC1838A1B2")));

    [Fact]
    public void Sniff_Zip_IsAZipArchiveWhateverItsName()
    {
        Assert.Equal(ContentKind.ZipArchive, ContentSniffer.Sniff(_workbook.AsSpan(0, 64)).Kind);
        Assert.Equal(ContentKind.ZipArchive, ContentSniffer.Sniff("PK\u0005\u0006"u8).Kind);
    }

    [Fact]
    public void Sniff_CompoundFile_IsRefusedAsAnXls()
    {
        byte[] head = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];

        DetectedContent content = ContentSniffer.Sniff(head);

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.Equal("an Office 97-2003 file (OLE2 compound file; an .xls workbook is one): CertInspect reads Excel workbooks as .xlsx only; save it as .xlsx or CSV", content.Problem);
    }

    [Fact]
    public void Read_WorkbookNamedAnything_IsReadAsAnInventory()
    {
        var sink = new CollectingSink();

        InputSummaryCounts counts = InputReader.Read(new InputSource("export.bin", () => new MemoryStream(_workbook)), sink);

        Assert.Equal(new InputSummaryCounts("inventory-xlsx", 1), counts);
        Assert.Equal(new SourceLocation("export.bin", 2) { Sheet = "Inventory" }, Assert.Single(sink.Observations).Location);
    }

    [Fact]
    public void Read_WorkbookOnStandardInput_IsCopiedAndRead()
    {
        // Standard input cannot seek, and a zip's directory is at its end.
        var sink = new CollectingSink();

        InputSummaryCounts counts = InputReader.Read(new InputSource("-", () => new OneWayStream(_workbook)), sink);

        Assert.Equal(new InputSummaryCounts("inventory-xlsx", 1), counts);
        Assert.Equal("-:Inventory!2", Assert.Single(sink.Observations).Location.ToString());
    }

    [Fact]
    public void Read_ZipThatIsNoWorkbook_IsUnsupported()
    {
        var sink = new CollectingSink();

        InputSummaryCounts counts = InputReader.Read(new InputSource("certs.zip", () => new MemoryStream(TestWorkbook.Zip([("ap1.pem", "-----BEGIN CERTIFICATE-----"), ("ap2.pem", string.Empty)]))), sink);

        Assert.Equal(new InputSummaryCounts("unsupported", 0), counts);
        Assert.Equal("a zip archive of 2 files (ap1.pem, ap2.pem), not an Excel workbook (it has no xl/workbook.xml): unzip it and give CertInspect the files inside", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Read_CutZip_IsOneInputError()
    {
        var sink = new CollectingSink();

        InputSummaryCounts counts = InputReader.Read(new InputSource("cut.xlsx", () => new MemoryStream(_workbook[..^10])), sink);

        Assert.Equal("unsupported", counts.Kind);
        Assert.StartsWith("a zip archive that cannot be read (", Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
    }

    // A stream as standard input is: read once, from the start, without seeking.
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Length => throw new NotSupportedException();
    }
}
