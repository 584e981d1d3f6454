using System.Text;

namespace CertInspect.Serials;

/// <summary>
/// Turns a serial as inventory exports write it into the form printed on the label: no surrounding whitespace or
/// quotes, no inner spaces, upper case. It reports each change so the user can see what the tool assumed.
/// </summary>
public static class SerialNormalizer
{
    public const string Trimmed = "trimmed surrounding whitespace";
    public const string Unquoted = "removed surrounding quotes";
    public const string Unspaced = "removed inner whitespace";
    public const string UpperCased = "upper-cased";

    public static (string Text, IReadOnlyList<string> Changes) Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var changes = new List<string>(2);

        string text = raw.Trim();
        if (text.Length != raw.Length)
        {
            changes.Add(Trimmed);
        }

        // Spreadsheets wrap values in either quote, sometimes twice ('"FOC..."').
        bool unquoted = false;
        while (text.Length >= 2 && IsQuote(text[0]) && IsQuote(text[^1]))
        {
            text = text[1..^1].Trim();
            unquoted = true;
        }

        if (unquoted)
        {
            changes.Add(Unquoted);
        }

        if (text.Any(char.IsWhiteSpace))
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text.Where(c => !char.IsWhiteSpace(c)))
            {
                builder.Append(c);
            }

            text = builder.ToString();
            changes.Add(Unspaced);
        }

        string upper = text.ToUpperInvariant();
        if (!string.Equals(upper, text, StringComparison.Ordinal))
        {
            changes.Add(UpperCased);
        }

        return (upper, changes);
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '`';
}
