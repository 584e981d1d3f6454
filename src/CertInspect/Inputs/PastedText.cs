using System.Text.RegularExpressions;

namespace CertInspect.Inputs;

/// <summary>
/// Undoes what copying device output into a ticket, a forum post, a Markdown page or a code comment does to it, so
/// that it reads as the device printed it: Markdown quote markers ("> ", nested "> > "), code fences (``` and ~~~
/// lines), **bold** and __bold__ markers, bullets ("• ", "* ") and numbered-list markers in front of a log message
/// ("1. *Jun 3 …"), and the indentation every line of a block shares (a docstring's, a reStructuredText block's).
/// What it removes was never part of the output: IOS prints none of these at the start of a line.
/// </summary>
public static partial class PastedText
{
    /// <summary>Whether a line is a Markdown code fence: it stands for a blank line.</summary>
    public static bool IsFence(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Fence().IsMatch(line);
    }

    /// <summary>The indentation every non-blank line shares once quote markers and fences are set aside (0 when any
    /// line starts at its first column). Tabs count as one column.</summary>
    public static int CommonIndent(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int? common = null;
        foreach (string raw in lines)
        {
            string line = Unquote(raw.TrimEnd('\r'));
            if (line.Trim().Length == 0 || IsFence(line))
            {
                continue;
            }

            int indent = line.Length - line.TrimStart(' ', '\t').Length;
            common = common is { } c ? Math.Min(c, indent) : indent;
            if (common == 0)
            {
                return 0;
            }
        }

        return common ?? 0;
    }

    /// <summary>The line without what the paste added; <paramref name="commonIndent"/> leading blanks are removed
    /// (see <see cref="CommonIndent"/>).</summary>
    public static string Unwrap(string line, int commonIndent)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = Unquote(line);
        if (IsFence(text))
        {
            return string.Empty;
        }

        int remove = 0;
        while (remove < commonIndent && remove < text.Length && text[remove] is ' ' or '\t')
        {
            remove++;
        }

        text = text[remove..];
        if (text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal))
        {
            text = Bold().Replace(text, "${text}");
        }

        return ListMarker().Match(text) is { Success: true } marker ? text[marker.Length..] : text;
    }

    // "> text", "> > text", ">text": Markdown and e-mail quoting.
    private static string Unquote(string line)
    {
        Match quote = QuoteMarker().Match(line);
        return quote.Success ? line[quote.Length..] : line;
    }

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:```|~~~)[\w+\-.]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    // **text** and __text__ around something that is not itself asterisks or underscores: a value anonymised as
    // "******" stays what the device (or the person who masked it) printed.
    [GeneratedRegex(@"(\*\*|__)(?<text>[^\s*_](?:.*?[^\s*_])?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();

    // "• ", "◦ ", "* " bullets; "- ", "1. " or "1) " in front of a log message ("*Jun 3", "%PKI-3-…", "[*06/03/2021",
    // "Jul 10 16:13:52").
    [GeneratedRegex(@"^\s*(?:[•◦▪]\s+|\*\s+(?=\S)|(?:-|\d{1,3}[.)])\s+(?=[*%\[]|[A-Z][a-z]{2}\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
