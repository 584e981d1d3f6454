using System.Text.RegularExpressions;

namespace CertInspect.Inputs;

/// <summary>
/// Undoes what copying device output into a ticket, a forum post, a Markdown page, a script or a program's result
/// does to it, so that it reads as the device printed it: Markdown quote markers ("> ", nested "> > "), code fences
/// (``` and ~~~ lines), a line wrapped whole in inline code (`…`), backslash escapes ("R1\#"), HTML entities
/// ("&amp;amp;"), **bold** and __bold__ markers, bullets and numbered-list markers in front of a log message
/// ("1. *Jun 3 …"), and what a <see cref="PasteStyle"/> says every line carries: a comment marker, a list marker,
/// a string literal's quotes and escapes, and the indentation every line of a block shares (a docstring's, a
/// reStructuredText block's). What it removes was never part of the output: IOS prints none of these.
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
    public static int CommonIndent(IEnumerable<string> lines) => CommonIndent(lines, PasteWrapper.None);

    /// <summary>
    /// The ways the head of a file may have been pasted, most likely first: as printed (with the indentation its lines
    /// share), then, where some line carries one, behind comment markers, behind list markers, or as string literals.
    /// The caller keeps the style under which the most lines read as output (<c>CaptureShape</c>).
    /// </summary>
    public static IReadOnlyList<PasteStyle> Styles(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var styles = new List<PasteStyle> { new(CommonIndent(lines, PasteWrapper.None)) };
        foreach (PasteWrapper wrapper in (ReadOnlySpan<PasteWrapper>)[PasteWrapper.Comment, PasteWrapper.ListMarker])
        {
            if (lines.Any(l => WrapperMarker(wrapper).IsMatch(Unquote(l))))
            {
                styles.Add(new PasteStyle(CommonIndent(lines, wrapper), wrapper));
            }
        }

        // A collector's prefix is on nearly every line, or it is no prefix ("Status:" is a key).
        int content = lines.Count(l => l.Trim().Length > 0);
        if (content > 0 && lines.Count(l => HostOf(l) is not null) * 5 >= content * 4)
        {
            styles.Add(new PasteStyle(CommonIndent(lines, PasteWrapper.HostPrefix), PasteWrapper.HostPrefix));
        }

        if (lines.Any(l => l.Contains('"', StringComparison.Ordinal) || l.Contains('\'', StringComparison.Ordinal)))
        {
            styles.Add(new PasteStyle(0, PasteWrapper.StringLiterals));
        }

        return styles;
    }

    /// <summary>The line without what the paste added; <paramref name="commonIndent"/> leading blanks are removed
    /// (see <see cref="CommonIndent(IEnumerable{string})"/>).</summary>
    public static string Unwrap(string line, int commonIndent) => Unwrap(line, new PasteStyle(commonIndent));

    /// <summary>The line without what the paste added. A string-literal line may hold several output lines (a Python
    /// list of lines, a JSON string with "\n" escapes): they are returned joined by '\n'; a line of the code or data
    /// around the literals is blank.</summary>
    public static string Unwrap(string line, PasteStyle style)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(style);
        string text = Unquote(line);
        if (IsFence(text))
        {
            return string.Empty;
        }

        if (style.Wrapper == PasteWrapper.StringLiterals)
        {
            return string.Join('\n', StringLiterals.Contents(text).Select(l => Clean(l.TrimEnd('\r'))));
        }

        if (style.Wrapper != PasteWrapper.None && WrapperMarker(style.Wrapper).Match(text) is { Success: true } marker)
        {
            text = text[marker.Length..];
        }

        int remove = 0;
        while (remove < style.Indent && remove < text.Length && text[remove] is ' ' or '\t')
        {
            remove++;
        }

        return Clean(text[remove..]);
    }

    // What a page does to any one line, whatever the style: inline code, escapes, entities, bold, a list marker
    // before a log message.
    private static string Clean(string text)
    {
        if (text.Contains('`', StringComparison.Ordinal) && InlineCode().Match(text) is { Success: true } code)
        {
            text = code.Groups["code"].Value;
        }

        if (text.Contains("{{", StringComparison.Ordinal))
        {
            // A static-site generator's shortcode ({{< figure … >}}) glued to a command stands for a picture of its output.
            text = Shortcode().Replace(text, string.Empty);
        }

        if (text.Contains('\\', StringComparison.Ordinal))
        {
            text = MarkdownEscape().Replace(text, "${c}");
        }

        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
        {
            text = HtmlEntity().Replace(text, m => m.Value switch
            {
                "&amp;" => "&",
                "&lt;" => "<",
                "&gt;" => ">",
                "&quot;" => "\"",
                "&nbsp;" => " ",
                _ => "'",
            });
        }

        if (text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal))
        {
            text = Bold().Replace(text, "${text}");
        }

        return ListMarker().Match(text) is { Success: true } marker ? text[marker.Length..] : text;
    }

    private static int CommonIndent(IEnumerable<string> lines, PasteWrapper wrapper)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int? common = null;
        foreach (string raw in lines)
        {
            string line = Unquote(raw.TrimEnd('\r'));
            if (wrapper != PasteWrapper.None)
            {
                // Only the lines that carry the wrapper are the output's: code around them has its own indentation.
                Match marker = WrapperMarker(wrapper).Match(line);
                if (!marker.Success)
                {
                    continue;
                }

                line = line[marker.Length..];
            }

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

    // "> text", "> > text", ">text": Markdown and e-mail quoting.
    private static string Unquote(string line)
    {
        Match quote = QuoteMarker().Match(line);
        return quote.Success ? line[quote.Length..] : line;
    }

    /// <summary>The device name a collector put in front of the line ("10.215.255.1", "sw-01-02.domain.local"); null
    /// when it has none. The name holds a digit or a dot: a key of key-value output ("Status:") is no device.</summary>
    public static string? HostOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return HostPrefixMarker().Match(line) is { Success: true } prefix ? prefix.Groups["host"].Value : null;
    }

    private static Regex WrapperMarker(PasteWrapper wrapper) => wrapper switch
    {
        PasteWrapper.Comment => CommentMarker(),
        PasteWrapper.HostPrefix => HostPrefixMarker(),
        _ => LineListMarker(),
    };

    [GeneratedRegex(@"^[ \t]*(?<host>(?=[\w\-]*[\d.])[A-Za-z0-9][\w.\-]{0,62}):", RegexOptions.CultureInvariant)]
    private static partial Regex HostPrefixMarker();

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:```|~~~)[\w+\-.]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    // "# ", "#" and "// " in front of a line: a shell's, Python's, YAML's or C's comment; "! ": an IOS configuration's,
    // under which RANCID and oxidized keep show version and show inventory above a saved running-config.
    [GeneratedRegex(@"^[ \t]*(?:#|//|!)", RegexOptions.CultureInvariant)]
    private static partial Regex CommentMarker();

    // "- ", "* ", "+ ", "• ", "1. ", "12) " in front of a line (or alone on it): a Markdown or HTML list item.
    [GeneratedRegex(@"^[ \t]*(?:[-*+•◦▪]|\d{1,4}[.)])(?:[ \t]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LineListMarker();

    // A line that is one inline-code span, maybe a list item: `(wlc1) >show sysinfo`, ``text``, "- ```dir flash```".
    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?<tick>`{1,3})(?<code>[^`]+)\k<tick>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCode();

    // Markdown's backslash escapes of punctuation ("R1\#", "\*Mar 1", "AP\_1"); IOS prints none of them.
    [GeneratedRegex(@"\\(?<c>[#*_>\[\]()!|`])", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\{\{[<%].*?[%>]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"&(?:amp|lt|gt|quot|nbsp|#39|apos);", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntity();

    // **text** and __text__ around something that is not itself asterisks or underscores: a value anonymised as
    // "******" stays what the device (or the person who masked it) printed.
    [GeneratedRegex(@"(\*\*|__)(?<text>[^\s*_](?:.*?[^\s*_])?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();

    // "• ", "◦ ", "* " bullets; "- ", "1. " or "1) " in front of a log message ("*Jun 3", "%PKI-3-…", "[*06/03/2021",
    // "Jul 10 16:13:52").
    [GeneratedRegex(@"^\s*(?:[•◦▪]\s+|\*\s+(?=\S)|(?:-|\d{1,3}[.)])\s+(?=[*%\[]|[A-Z][a-z]{2}\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
