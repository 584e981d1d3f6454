using System.Text;

namespace CertInspect.Reporting.Markdown;

/// <summary>Markdown from text that came from inputs: it must never become formatting.</summary>
internal static class MarkdownText
{
    /// <summary>Characters that start formatting are escaped; line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A table cell: inline text with pipes escaped.</summary>
    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
}
