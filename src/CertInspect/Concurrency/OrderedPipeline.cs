using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CertInspect.Concurrency;

/// <summary>
/// Maps a sequence on the machine's cores while the caller consumes the results, in order: a producer thread reads the
/// source into <see cref="OrderedBatches{TIn, TOut}"/>, which maps it a batch at a time on the thread pool, and the
/// caller takes the mapped batches in order. At most <c>batches</c> batches are mapping and as many wait to be taken,
/// so memory stays flat however far the consumer lags (PLINQ read ahead without bound: 1.5 GB for a million devices).
/// The source is read on the producer thread only; the mapping runs on several threads at once and must be pure.
/// </summary>
internal static class OrderedPipeline
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize = 256, int batches = 0)
    {
        // Enough batches to keep every core busy while the consumer takes one.
        int inFlight = batches > 0 ? batches : (2 * Environment.ProcessorCount) + 2;
        using var mapped = new BlockingCollection<TOut[]>(inFlight);
        using var cancel = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;

        // A thread of its own: it blocks while the consumer lags, which would starve a pool of two threads.
        Task producer = Task.Factory.StartNew(
            () =>
            {
                var pipeline = new OrderedBatches<TIn, TOut>(map, results => mapped.Add(results, cancel.Token), batchSize, inFlight);
                try
                {
                    foreach (TIn item in source)
                    {
                        pipeline.Add(item);
                    }

                    pipeline.Drain();
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    // The consumer stopped early: nothing more is wanted.
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    // Also when the consumer stopped or the mapping failed: the batches still mapping are waited for,
                    // so that nothing reads the source (a spill file) after its owner disposes it.
                    pipeline.Abandon();
                    mapped.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (TOut[] batch in mapped.GetConsumingEnumerable())
            {
                foreach (TOut item in batch)
                {
                    yield return item;
                }
            }

            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            // Also when the consumer stops early or throws: release the producer and wait for it.
            cancel.Cancel();
            producer.Wait(TimeSpan.FromMinutes(1));
        }
    }
}
