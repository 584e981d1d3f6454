using System.Text;
using System.Text.RegularExpressions;

namespace CertInspect.Captures;

/// <summary>
/// Undoes what terminals leave in a capture: ANSI escape sequences, backspaces (a pager's "--More--" is erased with
/// them), the pager prompts themselves, carriage returns, tabs and trailing spaces.
/// </summary>
public static partial class CaptureText
{
    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        string text = raw.Contains('\u001b', StringComparison.Ordinal) ? AnsiEscape().Replace(raw, string.Empty) : raw;
        if (text.AsSpan().IndexOfAny('\b', '\r', '\t') >= 0 || text.Any(char.IsControl))
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c == '\b')
                {
                    if (builder.Length > 0)
                    {
                        builder.Length--;
                    }
                }
                else if (c == '\t')
                {
                    builder.Append(' ');
                }
                else if (!char.IsControl(c))
                {
                    builder.Append(c);
                }
            }

            text = builder.ToString();
        }

        if (text.Contains("More", StringComparison.Ordinal))
        {
            text = Pager().Replace(text, string.Empty);
        }

        return text.TrimEnd();
    }

    // ECMA-48: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and two-character escapes.
    [GeneratedRegex(@"\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])", RegexOptions.CultureInvariant)]
    private static partial Regex AnsiEscape();

    // IOS " --More-- ", AireOS "--More-- or (q)uit", with the spaces pagers print around them.
    [GeneratedRegex(@"\s*--\s?More\s?--(?:\s*or\s*\(q\)uit)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pager();
}
