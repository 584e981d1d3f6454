using System.Text;
using CertInspect.Audit;
using CertInspect.Dispatch;
using CertInspect.Inputs;

namespace CertInspect.Tests.Dispatch;

public sealed class PrefetchingReaderTests
{
    [Fact]
    public void Read_SmallFilesAhead_LargeAndUnsizedInTurn_GivesEverythingInInputOrder()
    {
        // Every third source has no size (like standard input) and one is over the prefetch limit: streamed in turn.
        var sources = Enumerable.Range(0, 40).Select(i => Serials(i, i % 3 == 0 ? null : i == 20 ? PrefetchingReader.MaximumPrefetchBytes + 1 : 100)).ToList();
        var sink = new CollectingSink();

        var read = new PrefetchingReader(null, CaptureReaders.For(BuiltInRules.Set)).Read(sources, sink).ToList();

        Assert.Equal(sources.Select(s => s.Name), read.Select(r => r.Source.Name));
        Assert.Equal(Enumerable.Range(0, 40).SelectMany(i => new[] { $"F{i:D2}", $"G{i:D2}" }), sink.Observations.Select(o => o.Serial[..3]));
        Assert.All(read, r => Assert.Equal(2, r.Counts.Rows));
    }

    private static InputSource Serials(int i, long? length)
    {
        byte[] bytes = Encoding.UTF8.GetBytes($"F{i:D2}1837X1Y2\nG{i:D2}1837X1Y2\n");
        return new InputSource($"list-{i:D2}.txt", () => new MemoryStream(bytes), Length: length);
    }
}
