using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CertInspect.Inputs;

/// <summary>
/// The output lines a line of code or data holds as string literals: an element of a JSON array of lines (Ansible's
/// and Netmiko's stdout_lines: <c>"AP Name   AP IP …",</c>), a Python list of lines on one line
/// (<c>result = ['Device ID: AP1', 'Platform: …']</c>), or one string whose lines are "\n" escapes (a JSON
/// <c>"stdout": "…\n…"</c>). JSON (RFC 8259 §7) and Python escapes are decoded.
/// </summary>
public static partial class StringLiterals
{
    /// <summary>The output lines the line holds; none for a line of the code or data around them (a key that opens
    /// an array, a bracket, a statement).</summary>
    public static IReadOnlyList<string> Contents(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.IndexOfAny(['"', '\'']) < 0)
        {
            return [];
        }

        // Several literals in brackets: a list of lines written on one line.
        if (BracketedList().Match(line) is { Success: true } list)
        {
            return Split(Literal().Matches(list.Groups["items"].Value).Select(m => Decode(m.Value)));
        }

        // One literal alone (an array element), or a member's value that holds several lines.
        if (Element().Match(line) is { Success: true } element)
        {
            return Split([Decode(element.Groups["literal"].Value)]);
        }

        // Values that hold several lines ("\n" escapes): a member's ("stdout": "…"), a dict's on one line ({'show
        // version': 'show version\nCisco IOS …'}).
        List<string> multiline = [.. Literal().Matches(line).Select(m => m.Value).Where(v => v.Contains("\\n", StringComparison.Ordinal))];
        return multiline.Count > 0 ? Split(multiline.Select(Decode)) : [];
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split('\n'))];

    // The text of one literal, its quotes off and its escapes decoded: \n \r \t \b \f \" \' \\ \/ \uXXXX \xNN.
    private static string Decode(string literal)
    {
        string body = literal[1..^1];
        if (!body.Contains('\\', StringComparison.Ordinal))
        {
            return body;
        }

        var text = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 == body.Length)
            {
                text.Append(c);
                continue;
            }

            char escaped = body[++i];
            switch (escaped)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b' or 'f': break;
                case 'u' when i + 4 < body.Length && int.TryParse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code):
                    text.Append((char)code);
                    i += 4;
                    break;
                case 'x' when i + 2 < body.Length && int.TryParse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int hex):
                    text.Append((char)hex);
                    i += 2;
                    break;
                default: text.Append(escaped); break;
            }
        }

        return text.ToString();
    }

    private const string LiteralPattern = @"(?:""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*')";

    [GeneratedRegex(LiteralPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Literal();

    // [ 'a', 'b' ] or ( "a", "b" ), anywhere on the line (after "result = ", "# ", a key).
    [GeneratedRegex(@"[\[(]\s*(?<items>" + LiteralPattern + @"(?:\s*,\s*" + LiteralPattern + @")+)\s*,?\s*[\])]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedList();

    // "text", alone on its line, maybe inside brackets and followed by a comma: one element of an array.
    [GeneratedRegex(@"^\s*[\[(]*\s*(?<literal>" + LiteralPattern + @")\s*[\])]*\s*[,;]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Element();
}
