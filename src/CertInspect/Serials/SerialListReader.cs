using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Inputs;

namespace CertInspect.Serials;

/// <summary>
/// Reads plain serial lists: one serial per line; blank lines and lines starting with # are skipped, and text after
/// " #" is a comment. Every other line becomes an observation, whether or not it turns out to be a valid serial.
/// </summary>
public static class SerialListReader
{
    private const char CommentMark = '#';

    /// <summary>A longer line is not a serial: it is reported as an input error and not held in memory.</summary>
    public const int MaximumLineLength = 4096;

    /// <returns>The number of serial lines read.</returns>
    public static long Read(TextReader reader, string source, IEvidenceSink sink)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        var lines = new BoundedLineReader(reader, MaximumLineLength);
        long lineNumber = 0;
        long rows = 0;
        string? line;
        while ((line = lines.ReadLine(out bool truncated)) is not null)
        {
            lineNumber++;
            if (truncated)
            {
                rows++;
                sink.Reject(new InputError(
                    new SourceLocation(source, lineNumber),
                    string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaximumLineLength} characters: not a serial")));
                continue;
            }

            string value = StripComment(line);
            if (value.Trim().Length == 0)
            {
                continue;
            }

            rows++;
            sink.Add(new InventoryObservation(
                new SourceLocation(source, lineNumber), line.TrimEnd(), value, null, null, null, null, []));
        }

        return rows;
    }

    private static string StripComment(string line)
    {
        string trimmed = line.TrimStart();
        if (trimmed.StartsWith(CommentMark))
        {
            return string.Empty;
        }

        int mark = line.IndexOf(" #", StringComparison.Ordinal);
        return mark >= 0 ? line[..mark] : line;
    }
}
