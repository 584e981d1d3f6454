using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Decodes the serials of inventory rows in batches on the thread pool while the reader reads on (decoding was a third
/// of the time spent reading a million rows), and hands each row back with its decoding in input order, with the
/// input errors reported between rows in their places. A few batches are in flight at most.
/// </summary>
internal sealed class RowDecodingQueue(SerialDecoder decoder, Action<InventoryObservation, SerialDecoding> accept, Action<InputError> reject)
{
    private const int BatchSize = 1024;
    private const int BatchesAhead = 4;

    private readonly Queue<(List<object> Entries, Task<SerialDecoding[]> Decodings)> _decoding = new();
    private List<object> _batch = [];
    private int _rowsInBatch;

    public void Add(InventoryObservation row)
    {
        _batch.Add(row);
        if (++_rowsInBatch == BatchSize)
        {
            Send();
        }
    }

    /// <summary>An input error: handed back after the rows reported before it.</summary>
    public void Reject(InputError error)
    {
        if (_batch.Count == 0 && _decoding.Count == 0)
        {
            reject(error);
        }
        else
        {
            _batch.Add(error);
        }
    }

    /// <summary>Hands back everything reported so far.</summary>
    public void Drain()
    {
        Send();
        while (_decoding.Count > 0)
        {
            Complete(_decoding.Dequeue());
        }
    }

    private void Send()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        List<object> entries = _batch;
        InventoryObservation[] rows = [.. entries.OfType<InventoryObservation>()];
        _batch = [];
        _rowsInBatch = 0;
        _decoding.Enqueue((entries, Task.Run(() => Array.ConvertAll(rows, row => decoder.Decode(row.Serial, row.Model)))));
        while (_decoding.Count > BatchesAhead)
        {
            Complete(_decoding.Dequeue());
        }
    }

    private void Complete((List<object> Entries, Task<SerialDecoding[]> Decodings) batch)
    {
        SerialDecoding[] decodings = batch.Decodings.GetAwaiter().GetResult();
        int next = 0;
        foreach (object entry in batch.Entries)
        {
            if (entry is InventoryObservation row)
            {
                accept(row, decodings[next++]);
            }
            else
            {
                reject((InputError)entry);
            }
        }
    }
}
