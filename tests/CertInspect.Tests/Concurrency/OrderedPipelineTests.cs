
using CertInspect.Concurrency;

namespace CertInspect.Tests.Concurrency;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void Map_KeepsTheOrderAcrossBatches()
    {
        int[] mapped = [.. OrderedPipeline.Map(Enumerable.Range(0, 10_001), i => i * 2, batchSize: 7, batches: 2)];

        Assert.Equal(Enumerable.Range(0, 10_001).Select(i => i * 2), mapped);
    }

    [Fact]
    public void Map_AFailureInTheMapping_ReachesTheConsumer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Map(Enumerable.Range(0, 1000), i => i == 500 ? throw new InvalidOperationException("boom") : i, batchSize: 16).ToList());

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void Map_AConsumerThatStopsEarly_ReleasesTheProducer()
    {
        int produced = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        Assert.Equal([0, 1, 2], OrderedPipeline.Map(Source(), i => i, batchSize: 4, batches: 2).Take(3));

        // Bounded: the producer stopped with at most the consumer's batch, two waiting to be taken, one being handed
        // back and two mapping read from the source.
        Assert.InRange(Volatile.Read(ref produced), 3, 4 * ((2 * 2) + 2));
    }
}
