using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CertInspect.Facts;

/// <summary>
/// The compiled form of each rules-data pattern, built once per process. Patterns come from data files, so they
/// are matched with RegexOptions.NonBacktracking (no catastrophic backtracking on hostile input); building such a
/// regex costs milliseconds, and validation, the serial decoder and the model catalog all need the same ones.
/// Compiled regexes are immutable and thread-safe, so sharing them is safe.
/// </summary>
internal static class PatternCache
{
    private const RegexOptions Always = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> _compiled = new();

    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    /// <exception cref="NotSupportedException">The pattern uses a construct NonBacktracking does not support.</exception>
    public static Regex Get(string pattern, RegexOptions options = RegexOptions.None) =>
        _compiled.GetOrAdd((pattern, options | Always), key => new Regex(key.Pattern, key.Options));
}
