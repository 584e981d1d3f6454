using System.Text;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;

namespace CertInspect.Tests.Dispatch;

public sealed class InputReaderTests
{
    [Fact]
    public void Read_Utf16Csv_WithBomAndCrlf()
    {
        var sink = new CollectingSink();
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Serial No.\tModel\r\nFCZ1837E5F6\tAIR-CAP1532I-E-K9\r\n")];

        InputSummaryCounts counts = InputReader.Read(Source("w.txt", bytes), sink);

        Assert.Equal(new InputSummaryCounts("inventory-csv", 1), counts);
        Assert.Equal(("FCZ1837E5F6", "AIR-CAP1532I-E-K9", 2L), (sink.Observations[0].Serial, sink.Observations[0].Model, sink.Observations[0].Location.Line!.Value));
    }

    [Fact]
    public void Read_ExcelSeparatorHint_IsSkippedAndCounted()
    {
        var sink = new CollectingSink();

        InputReader.Read(Source("b.csv", Encoding.UTF8.GetBytes("sep=;\r\nSN;Name\r\nFOC1837X1Y2;a,b\r\n")), sink);

        Assert.Equal(("a,b", 3L), (sink.Observations[0].Name, sink.Observations[0].Location.Line!.Value));
    }

    [Fact]
    public void Read_LargerThanTheSniffedHead_ReadsEveryRow()
    {
        var sink = new CollectingSink();
        var text = new StringBuilder("Serial,Name\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("FOC1837X").Append((i % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).Append(",AP-").Append(i).Append('\n');
        }

        InputSummaryCounts counts = InputReader.Read(Source("big.csv", Encoding.UTF8.GetBytes(text.ToString())), sink);

        Assert.Equal(5000, counts.Rows);
        Assert.Equal(5001, sink.Observations[^1].Location.Line);
    }

    [Fact]
    public void Read_HeaderOnlyCsv_IsAnInputError()
    {
        var sink = new CollectingSink();

        InputReader.Read(Source("h.csv", Encoding.UTF8.GetBytes("Serial,Model\n")), sink);

        Assert.Equal("the CSV has a header but no data rows", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Read_UnopenableSource_IsAnInputError()
    {
        var sink = new CollectingSink();

        InputSummaryCounts counts = InputReader.Read(new InputSource("locked.csv", () => throw new UnauthorizedAccessException("Access denied.")), sink);

        Assert.Equal("unreadable", counts.Kind);
        Assert.Equal(new InputError(new SourceLocation("locked.csv", null), "cannot read: Access denied."), Assert.Single(sink.Errors));
    }

    [Fact]
    public void Read_ForcedSerialList_IsNotSniffed()
    {
        var sink = new CollectingSink();

        InputReader.Read(new InputSource("args", () => new MemoryStream(Encoding.UTF8.GetBytes("Serial,Number\n")), ContentKind.SerialList), sink);

        Assert.Equal("Serial,Number", Assert.Single(sink.Observations).Serial);
    }

    private static InputSource Source(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes));
}
