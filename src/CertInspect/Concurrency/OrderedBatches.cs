namespace CertInspect.Concurrency;

/// <summary>
/// Items handed in one at a time, in order, mapped a batch at a time on the thread pool while more are handed in, and
/// handed back in the order they came, a batch at a time: a batch goes back as soon as it and every batch before it
/// are mapped, and <see cref="Add"/> waits for the oldest batch only when more than <c>batchesInFlight</c> are
/// mapping, so memory stays flat however many items pass. Add, <see cref="Drain"/> and the hand-back run on the
/// caller's thread, one call at a time; the mapping runs on several threads at once and must be pure.
/// </summary>
internal sealed class OrderedBatches<TIn, TOut>(Func<TIn, TOut> map, Action<TOut[]> handBack, int batchSize, int batchesInFlight)
{
    private readonly Queue<Task<TOut[]>> _mapping = new();
    private readonly List<TIn> _batch = new(batchSize);

    public void Add(TIn item)
    {
        _batch.Add(item);
        if (_batch.Count == batchSize)
        {
            Send();
        }
    }

    /// <summary>Hands back every item added so far; more may be added after.</summary>
    public void Drain()
    {
        Send();
        while (_mapping.Count > 0)
        {
            HandBackOldest();
        }
    }

    /// <summary>
    /// Waits for the batches still mapping and hands nothing back: after a failure, or when nobody wants the rest, so
    /// that nothing the mapping reads (a spill file) is disposed of under it.
    /// </summary>
    public void Abandon()
    {
        _batch.Clear();
        while (_mapping.TryDequeue(out Task<TOut[]>? batch))
        {
            ((IAsyncResult)batch).AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(1));
        }
    }

    private void Send()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        TIn[] items = [.. _batch];
        _batch.Clear();
        _mapping.Enqueue(Task.Run(() =>
        {
            var results = new TOut[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        }));

        // Whatever is done at the head goes back now; the oldest is waited for only when too many are in flight.
        while (_mapping.Count > batchesInFlight || (_mapping.Count > 0 && _mapping.Peek().IsCompleted))
        {
            HandBackOldest();
        }
    }

    private void HandBackOldest() => handBack(_mapping.Dequeue().GetAwaiter().GetResult());
}
