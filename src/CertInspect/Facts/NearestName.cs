namespace CertInspect.Facts;

/// <summary>
/// The known name a mistyped one most likely meant, for "did you mean" hints: in a data file's members, a command's
/// options, a list of allowed values. Closest by edit distance (Levenshtein, ignoring case), and only when the two
/// are close enough to be a slip of the keyboard rather than another word.
/// </summary>
public static class NearestName
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/>; null when none is close. Ties
    /// go to the longer shared beginning, then to the earlier name.</summary>
    public static string? Among(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);

        // A third of the length, at least two: "severty" → "severity", "minimumMicValidty" → "minimumMicValidityDays",
        // "--asof" → "--as-of", but "pdf" is no misspelling of "csv".
        int allowed = Math.Max(2, typed.Length / 3);
        return known
            .Select((name, order) => (Name: name, Order: order, Distance: Distance(typed, name)))
            .Where(c => c.Distance <= allowed && c.Distance < Math.Max(typed.Length, c.Name.Length))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => SharedStart(typed, c.Name))
            .ThenBy(c => c.Order)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>The number of single-character insertions, deletions and substitutions that turn one into the
    /// other, ignoring case.</summary>
    public static int Distance(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);

        // Two rows of the dynamic-programming table are enough.
        int[] previous = Enumerable.Range(0, second.Length + 1).ToArray();
        int[] current = new int[second.Length + 1];
        for (int i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= second.Length; j++)
            {
                int substitution = previous[j - 1] + (char.ToLowerInvariant(first[i - 1]) == char.ToLowerInvariant(second[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Length];
    }

    private static int SharedStart(string first, string second)
    {
        int length = 0;
        while (length < first.Length && length < second.Length
            && char.ToLowerInvariant(first[length]) == char.ToLowerInvariant(second[length]))
        {
            length++;
        }

        return length;
    }
}
