using CertInspect.Concurrency;
using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Decodes the serials of inventory rows in batches on the thread pool while the reader reads on (decoding was a third
/// of the time spent reading a million rows), and hands each row back with its decoding in input order, with the
/// input errors reported between rows in their places. A few batches are in flight at most.
/// </summary>
internal sealed class RowDecodingQueue
{
    private const int BatchSize = 1024;
    private const int BatchesAhead = 4;

    private readonly OrderedBatches<Entry, Entry> _entries;

    public RowDecodingQueue(SerialDecoder decoder, Action<InventoryObservation, SerialDecoding> accept, Action<InputError> reject)
    {
        _entries = new(
            entry => entry.Row is { } row ? entry with { Decoding = decoder.Decode(row.Serial, row.Model) } : entry,
            decoded =>
            {
                foreach (Entry entry in decoded)
                {
                    if (entry.Row is { } row)
                    {
                        accept(row, entry.Decoding!);
                    }
                    else
                    {
                        reject(entry.Error!);
                    }
                }
            },
            BatchSize,
            BatchesAhead);
    }

    public void Add(InventoryObservation row) => _entries.Add(new Entry(row, null));

    /// <summary>An input error: handed back after the rows reported before it.</summary>
    public void Reject(InputError error) => _entries.Add(new Entry(null, error));

    /// <summary>Hands back everything reported so far.</summary>
    public void Drain() => _entries.Drain();

    // A row, with its decoding once decoded, or an input error between rows.
    private readonly record struct Entry(InventoryObservation? Row, InputError? Error, SerialDecoding? Decoding = null);
}
