using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Concurrency;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Serials;

namespace CertInspect.Dispatch;

/// <summary>
/// Reads the sources in order, with small files (at most <see cref="MaximumPrefetchBytes"/>: certificates, short
/// lists, captures) read and decoded ahead on other cores, a few at a time, and handed over in order. Large files and
/// standard input are read in their turn on the calling thread, streamed as before: buffering a million-row CSV would
/// break the flat-memory promise, and standard input can be read only once.
/// </summary>
internal sealed class PrefetchingReader(Pkcs12PasswordSource? password, CaptureReader captures, ColumnMapping? columns = null)
{
    /// <summary>A larger file is streamed, never buffered.</summary>
    public const long MaximumPrefetchBytes = 1 << 20;

    /// <summary>How many sources may be reading ahead of the one being handed over (as many more, read, may wait for
    /// their turn).</summary>
    private const int Window = 8;

    // A PKCS #12 prompt must not be asked twice at once.
    private readonly Lock _passwordGate = new();

    public IEnumerable<(InputSource Source, InputSummaryCounts Counts)> Read(IReadOnlyList<InputSource> sources, IEvidenceSink sink)
    {
        // Each source becomes, on the pool, what hands it over: a small file already read, a large one to read then.
        foreach ((InputSource source, Func<IEvidenceSink, InputSummaryCounts> handOver) in OrderedPipeline.Map(sources, s => (s, ReadAhead(s)), batchSize: 1, batches: Window))
        {
            yield return (source, handOver(sink));
        }
    }

    private static bool IsSmall(InputSource source) => source.Length is { } length && length <= MaximumPrefetchBytes;

    private Func<IEvidenceSink, InputSummaryCounts> ReadAhead(InputSource source)
    {
        if (!IsSmall(source))
        {
            return sink => InputReader.Read(source, sink, Password, captures, columns);
        }

        var evidence = new BufferedEvidence();
        InputSummaryCounts counts = InputReader.Read(source, evidence, Password, captures, columns);
        return sink =>
        {
            evidence.ReplayInto(sink);
            return counts;
        };
    }

    // Prefetching reads files on other threads: one prompt at a time.
    private string? Password(string? rejected)
    {
        if (password is null)
        {
            return null;
        }

        lock (_passwordGate)
        {
            return password(rejected);
        }
    }
}
