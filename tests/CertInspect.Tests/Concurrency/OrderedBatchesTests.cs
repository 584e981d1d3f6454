using CertInspect.Concurrency;

namespace CertInspect.Tests.Concurrency;

public sealed class OrderedBatchesTests
{
    [Fact]
    public void Drain_HandsBackEveryItemInInputOrder_BatchByBatch()
    {
        var handed = new List<int[]>();
        var batches = new OrderedBatches<int, int>(i => i * 10, handed.Add, batchSize: 3, batchesInFlight: 2);

        for (int i = 0; i < 10; i++)
        {
            batches.Add(i);
        }

        batches.Drain();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 10), handed.SelectMany(b => b));
        Assert.All(handed.SkipLast(1), b => Assert.Equal(3, b.Length));
    }

    [Fact]
    public void Add_WithTooManyBatchesInFlight_HandsBackTheOldestFirst()
    {
        using var gate = new ManualResetEventSlim();
        var handed = new List<int[]>();
        var batches = new OrderedBatches<int, int>(i => Held(i, i == 0 ? gate : null), handed.Add, batchSize: 1, batchesInFlight: 2);
        batches.Add(0);
        batches.Add(1);
        Assert.Empty(handed);

        // A third batch is one too many: the oldest is waited for, and nothing after it goes back before it.
        gate.Set();
        batches.Add(2);

        Assert.Equal([0], handed[0]);
        Assert.Equal(Enumerable.Range(0, handed.Sum(b => b.Length)), handed.SelectMany(b => b));
    }

    [Fact]
    public void Drain_AFailureInTheMapping_ReachesTheCaller()
    {
        var batches = new OrderedBatches<int, int>(i => i == 5 ? throw new InvalidOperationException("boom") : i, _ => { }, batchSize: 4, batchesInFlight: 8);
        for (int i = 0; i < 8; i++)
        {
            batches.Add(i);
        }

        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(batches.Drain).Message);
    }

    [Fact]
    public void Abandon_WaitsForTheBatchesMappingAndHandsNothingBack()
    {
        using var gate = new ManualResetEventSlim();
        int finished = 0;
        var handed = new List<int[]>();
        var batches = new OrderedBatches<int, int>(
            i =>
            {
                Held(i, gate);
                return Interlocked.Increment(ref finished);
            },
            handed.Add,
            batchSize: 1,
            batchesInFlight: 4);
        batches.Add(0);
        batches.Add(1);
        using var release = new Timer(_ => gate.Set(), null, 50, Timeout.Infinite);

        batches.Abandon();

        Assert.Equal(2, Volatile.Read(ref finished));
        Assert.Empty(handed);
    }

    // The item, once the gate (if any) opens.
    private static int Held(int item, ManualResetEventSlim? gate)
    {
        gate?.Wait(TimeSpan.FromMinutes(1));
        return item;
    }
}
