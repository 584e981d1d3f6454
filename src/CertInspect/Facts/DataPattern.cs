using System.Text.RegularExpressions;

namespace CertInspect.Facts;

/// <summary>
/// A regular expression from a data file with the options it is matched with, built when it is first matched.
/// Building a NonBacktracking regex costs milliseconds (<see cref="PatternCache"/>) and a run matches few of the
/// data's patterns: building them all when the data loaded was most of the start-up (bench/README.md). Whether a
/// pattern compiles is known before it is matched: a user's file is checked when it loads
/// (<see cref="FactsLoader.CheckPattern"/>), the built-in file by a test. Thread-safe.
/// </summary>
public sealed class DataPattern
{
    private readonly Lazy<Regex> _regex;

    public DataPattern(string text, RegexOptions options = RegexOptions.None)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Options = options;
        _regex = new Lazy<Regex>(() => PatternCache.Get(text, options), LazyThreadSafetyMode.PublicationOnly);
    }

    public string Text { get; }

    public RegexOptions Options { get; }

    /// <summary>The compiled pattern, built on first use and shared with every other user of the same text and options.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    /// <exception cref="NotSupportedException">The pattern uses a construct NonBacktracking does not support.</exception>
    public Regex Regex => _regex.Value;

    public bool IsMatch(string input) => Regex.IsMatch(input);

    /// <summary>A pattern when the text is present, else null (the data's optional patterns).</summary>
    public static DataPattern? Of(string? text, RegexOptions options = RegexOptions.None) =>
        text is null ? null : new DataPattern(text, options);
}
