using CertInspect.Fleet;

namespace CertInspect.Serials;

/// <summary>
/// Reads plain serial lists: one serial per line; blank lines and lines starting with # are skipped, and text after
/// " #" is a comment. Every other line becomes an observation, whether or not it turns out to be a valid serial.
/// </summary>
public static class SerialListReader
{
    private const char CommentMark = '#';

    /// <returns>The number of serial lines read.</returns>
    public static long Read(TextReader reader, string source, IEvidenceSink sink)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        long lineNumber = 0;
        long rows = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
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
