namespace CertInspect.Reporting.Table;

/// <summary>
/// Prose wrapped at a width with a hanging indent: the first line starts at its own indent, the lines after it
/// further in, so that an entry stands out from its continuation. Lines break between words. A word longer than a
/// whole line stands whole on a line of its own (a path stays one to copy), unless <c>breakLongWords</c> is asked for
/// (a fingerprint, a URL in a source reference): it is then broken after a separator ('/', ':', '.', …) where one
/// falls late enough, else where the line ends, so that every line fits.
/// </summary>
public static class HangingIndent
{
    private static readonly System.Buffers.SearchValues<char> _separators = System.Buffers.SearchValues.Create("/\\:,;.-_=&?");

    /// <param name="indent">What the first line starts with (spaces, or spaces and a word).</param>
    /// <param name="hanging">How many spaces the lines after the first start with.</param>
    /// <param name="width">The width to fit; null: one line, however long.</param>
    /// <param name="breakLongWords">Break a word longer than a whole line rather than let it stand whole.</param>
    public static IEnumerable<string> Wrap(string indent, string text, int hanging, int? width, bool breakLongWords = false)
    {
        ArgumentNullException.ThrowIfNull(indent);
        ArgumentNullException.ThrowIfNull(text);
        if (width is not { } fit || indent.Length + text.Length <= fit)
        {
            yield return indent + text;
            yield break;
        }

        var line = new System.Text.StringBuilder(indent);
        int wordsOnLine = 0;
        foreach (string whole in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string word = whole;
            if (wordsOnLine > 0 && line.Length + 1 + word.Length > fit)
            {
                yield return line.ToString();
                line.Clear().Append(' ', hanging);
                wordsOnLine = 0;
            }

            // Only a word alone on its line gets here too long: it is broken over as many lines as it needs.
            while (breakLongWords && line.Length + word.Length > fit && word.Length > 1)
            {
                int cut = BreakAt(word, Math.Max(1, fit - line.Length));
                line.Append(word.AsSpan(0, cut));
                yield return line.ToString();
                line.Clear().Append(' ', hanging);
                word = word[cut..];
            }

            if (wordsOnLine > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
            wordsOnLine++;
        }

        yield return line.ToString();
    }

    // How much of the word goes on a line of the given room: up to and with its last separator, unless that leaves
    // most of the room empty.
    private static int BreakAt(string word, int room)
    {
        int separator = word.AsSpan(0, Math.Min(room, word.Length)).LastIndexOfAny(_separators);
        return separator + 1 >= room / 2 ? separator + 1 : Math.Min(room, word.Length);
    }
}
