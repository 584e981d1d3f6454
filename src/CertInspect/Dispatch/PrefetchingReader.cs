using CertInspect.Captures;
using CertInspect.Certificates;
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

    /// <summary>How many sources may be read ahead of the one being handed over.</summary>
    private const int Window = 8;

    // A PKCS #12 prompt must not be asked twice at once.
    private readonly Lock _passwordGate = new();

    public IEnumerable<(InputSource Source, InputSummaryCounts Counts)> Read(IReadOnlyList<InputSource> sources, IEvidenceSink sink)
    {
        var ahead = new Queue<(int Index, Task<(BufferedEvidence Evidence, InputSummaryCounts Counts)> Read)>();
        int next = 0;
        for (int i = 0; i < sources.Count; i++)
        {
            for (; next < sources.Count && next < i + Window; next++)
            {
                if (IsSmall(sources[next]))
                {
                    InputSource source = sources[next];
                    ahead.Enqueue((next, Task.Run(() => ReadBuffered(source))));
                }
            }

            if (ahead.TryPeek(out var prefetched) && prefetched.Index == i)
            {
                ahead.Dequeue();
                (BufferedEvidence evidence, InputSummaryCounts counts) = prefetched.Read.GetAwaiter().GetResult();
                evidence.ReplayInto(sink);
                yield return (sources[i], counts);
            }
            else
            {
                yield return (sources[i], InputReader.Read(sources[i], sink, Password, captures, columns));
            }
        }
    }

    private static bool IsSmall(InputSource source) => source.Length is { } length && length <= MaximumPrefetchBytes;

    private (BufferedEvidence, InputSummaryCounts) ReadBuffered(InputSource source)
    {
        var evidence = new BufferedEvidence();
        InputSummaryCounts counts = InputReader.Read(source, evidence, Password, captures, columns);
        return (evidence, counts);
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
