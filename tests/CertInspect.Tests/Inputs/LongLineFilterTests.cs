using CertInspect.Inputs;

namespace CertInspect.Tests.Inputs;

public sealed class LongLineFilterTests
{
    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a\rb\r\rc")]
    [InlineData("")]
    [InlineData("no line break at the end")]
    public void Read_LinesWithinTheLimit_PassThroughAsTheyAre(string text)
    {
        using var filter = new LongLineFilter(new StringReader(text), 100);

        Assert.Equal(text, filter.ReadToEnd());
        Assert.Empty(filter.Skipped);
    }

    [Fact]
    public void Read_LinesOverTheLimit_AreLeftOutWithTheirLineBreakKept()
    {
        string text = "head\r\n" + new string('x', 300) + "\r\nkept\n" + new string('é', 60) + "\nlast " + new string('y', 200);

        using var filter = new LongLineFilter(new StringReader(text), 100);

        Assert.Equal("head\r\n\r\nkept\n\n", filter.ReadToEnd());
        // Line 4 is 60 characters but 120 UTF-8 bytes; the last has no line break.
        Assert.Equal([(2L, 300L), (4L, 120L), (5L, 205L)], filter.Skipped);
    }

    [Fact]
    public void Read_ThroughSmallReadsAndAChunkBoundaryInACrLf_KeepsLinesAndNumbers()
    {
        // A line break at the 65,536th character: the CR ends one read of the inner reader, its LF starts the next.
        string first = new string('a', (1 << 16) - 1);
        string text = first + "\r\nshort\r\n" + new string('z', 70_000) + "\r\nend\r\n";
        using var filter = new LongLineFilter(new StringReader(text), 65_536);
        var read = new System.Text.StringBuilder();
        char[] buffer = new char[7];
        int count;
        while ((count = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            read.Append(buffer, 0, count);
        }

        Assert.Equal(first + "\r\nshort\r\n\r\nend\r\n", read.ToString());
        Assert.Equal([(3L, 70_000L)], filter.Skipped);
    }
}
