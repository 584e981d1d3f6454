namespace CertInspect.Reporting;

/// <summary>
/// Prose wrapped at a width with a hanging indent: the first line starts at its own indent, the lines after it
/// further in, so that an entry stands out from its continuation. Lines break between words only: a word longer
/// than the room (a path, a URL) stands whole on a line of its own rather than cut.
/// </summary>
public static class HangingIndent
{
    /// <param name="indent">What the first line starts with (spaces, or spaces and a word).</param>
    /// <param name="hanging">How many spaces the lines after the first start with.</param>
    /// <param name="width">The width to fit; null: one line, however long.</param>
    public static IEnumerable<string> Wrap(string indent, string text, int hanging, int? width)
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
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (wordsOnLine > 0 && line.Length + 1 + word.Length > fit)
            {
                yield return line.ToString();
                line.Clear().Append(' ', hanging);
                wordsOnLine = 0;
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
}
