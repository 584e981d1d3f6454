using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CertInspect.Audit;

/// <summary>
/// Maps a sequence on a second thread while the caller consumes the results, in order: the producer maps items in
/// batches and hands them over through a bounded queue, so memory stays flat however far the consumer lags (PLINQ
/// read ahead without bound: 1.5 GB for a million devices). One producer keeps the order; the mapping must be pure.
/// </summary>
internal static class OrderedPipeline
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize = 256, int batches = 4)
    {
        using var queue = new BlockingCollection<TOut[]>(batches);
        using var cancel = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        Task producer = Task.Run(() =>
        {
            try
            {
                var batch = new List<TOut>(batchSize);
                foreach (TIn item in source)
                {
                    batch.Add(map(item));
                    if (batch.Count == batchSize)
                    {
                        queue.Add([.. batch], cancel.Token);
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add([.. batch], cancel.Token);
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
        });

        try
        {
            foreach (TOut[] batch in queue.GetConsumingEnumerable())
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
            // Also when the consumer stops early or throws: release the producer and wait for it, so that the source
            // (a spill file) is not read after its owner disposes it.
            cancel.Cancel();
            producer.Wait(TimeSpan.FromMinutes(1));
        }
    }
}
