using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CertInspect.Concurrency;

/// <summary>
/// Maps a sequence on the machine's cores while the caller consumes the results, in order: a producer thread cuts the
/// source into batches and hands each to the thread pool, and the caller takes the batches' results in the order they
/// were cut. At most <c>batches</c> batches are in flight, so memory stays flat however far the consumer lags (PLINQ
/// read ahead without bound: 1.5 GB for a million devices). The source is read on the producer thread only; the
/// mapping runs on several threads at once and must be pure.
/// </summary>
internal static class OrderedPipeline
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize = 256, int batches = 0)
    {
        // Enough batches to keep every core busy while the consumer takes one.
        int inFlight = batches > 0 ? batches : (2 * Environment.ProcessorCount) + 2;
        using var queue = new BlockingCollection<Task<TOut[]>>(inFlight);
        using var cancel = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        Task<TOut[]> Mapped(TIn[] items) => Task.Run(() =>
        {
            var results = new TOut[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        });

        // A thread of its own: it blocks while the queue is full, which would starve a pool of two threads.
        Task producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var batch = new List<TIn>(batchSize);
                    foreach (TIn item in source)
                    {
                        batch.Add(item);
                        if (batch.Count == batchSize)
                        {
                            queue.Add(Mapped([.. batch]), cancel.Token);
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        queue.Add(Mapped([.. batch]), cancel.Token);
                    }
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
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (Task<TOut[]> batch in queue.GetConsumingEnumerable())
            {
                foreach (TOut item in batch.GetAwaiter().GetResult())
                {
                    yield return item;
                }
            }

            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            // Also when the consumer stops early or throws: release the producer and wait for it and for the batches
            // still mapping, so that nothing reads the source (a spill file) after its owner disposes it.
            cancel.Cancel();
            producer.Wait(TimeSpan.FromMinutes(1));
            foreach (Task<TOut[]> pending in queue.GetConsumingEnumerable())
            {
                ((IAsyncResult)pending).AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(1));
            }
        }
    }
}
