using System.Text.RegularExpressions;

namespace CertInspect.Certificates;

/// <summary>
/// RFC 7468 §2 puts each encapsulation boundary on a line of its own; a page that flattened a PEM block onto one line
/// ("-----BEGIN CERTIFICATE----- MIIC… -----END CERTIFICATE-----") did not. Split puts them back on lines of their own.
/// </summary>
internal static partial class PemMarkers
{
    /// <summary>The text's lines, a line whose boundary shares it with other text cut at the boundary, each piece with
    /// its line's number.</summary>
    public static (List<string> Lines, List<int> Numbers) Lines(string text)
    {
        var lines = new List<string>();
        var numbers = new List<int>();
        string[] fileLines = text.Split('\n');
        for (int n = 0; n < fileLines.Length; n++)
        {
            foreach (string part in Split(fileLines[n]))
            {
                lines.Add(part);
                numbers.Add(n + 1);
            }
        }

        return (lines, numbers);
    }

    /// <summary>The line, or its pieces when a boundary shares it with other text.</summary>
    public static IEnumerable<string> Split(string line)
    {
        string trimmed = line.Trim();
        if (!trimmed.Contains("-----", StringComparison.Ordinal) || Boundary().Matches(trimmed) is not { Count: > 0 } found
            || (found.Count == 1 && found[0].Length == trimmed.Length))
        {
            yield return line;
            yield break;
        }

        int at = 0;
        foreach (Match boundary in found)
        {
            if (trimmed[at..boundary.Index].Trim() is { Length: > 0 } before)
            {
                yield return before;
            }

            yield return boundary.Value;
            at = boundary.Index + boundary.Length;
        }

        if (trimmed[at..].Trim() is { Length: > 0 } after)
        {
            yield return after;
        }
    }

    [GeneratedRegex(@"-----(?:BEGIN|END) [A-Z0-9 #]+-----", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
