using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class SerialListReaderTests
{
    [Fact]
    public void Read_SkipsBlanksAndComments_KeepsLineNumbers()
    {
        var sink = new CollectingSink();
        const string List = "# spares\nFOC1837X1Y2\n\n  fcw1837j9k1  # indented\r\n   \n#FOC1111A1B2\nnot a serial\n";

        long rows = SerialListReader.Read(new StringReader(List), "spares.txt", sink);

        Assert.Equal(3, rows);
        Assert.Equal([2L, 4L, 7L], sink.Observations.Select(o => o.Location.Line!.Value));
        Assert.Equal(["FOC1837X1Y2", "  fcw1837j9k1 ", "not a serial"], sink.Observations.Select(o => o.Serial));
        Assert.Equal("  fcw1837j9k1  # indented", sink.Observations[1].Text);
        Assert.All(sink.Observations, o => Assert.Equal("spares.txt", o.Location.Source));
        Assert.Empty(sink.Errors);
    }

    [Fact]
    public void Read_HugeLine_IsAnInputErrorAndTheRestIsRead()
    {
        var sink = new CollectingSink();
        string list = "FOC1837X1Y2\r\n" + new string('A', 5_000_000) + "\rFOC1837X1Y3";

        long rows = SerialListReader.Read(new StringReader(list), "big.txt", sink);

        Assert.Equal(3, rows);
        Assert.Equal(["FOC1837X1Y2", "FOC1837X1Y3"], sink.Observations.Select(o => o.Serial));
        Assert.Equal([1L, 3L], sink.Observations.Select(o => o.Location.Line!.Value));
        InputError error = Assert.Single(sink.Errors);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("longer than 4096 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyInput_ReadsNothing()
    {
        var sink = new CollectingSink();

        Assert.Equal(0, SerialListReader.Read(new StringReader(string.Empty), "x", sink));
        Assert.Empty(sink.Observations);
    }
}
