namespace CertInspect.Rules;

/// <summary>
/// What a rule's remediation adds when the controller's platform and release are known: whether that release is
/// affected, as far as the data knows. It applies from a release on (<see cref="FromRelease"/>) or to releases
/// matching <see cref="Pattern"/>; <see cref="Then"/> is said when it applies, <see cref="Else"/> otherwise, with
/// "{release}" standing for the release in use. Every note cites its sources.
/// </summary>
public sealed record ReleaseNote
{
    /// <summary>The controller platform's id (see the data's controllerPlatforms).</summary>
    public required string Platform { get; init; }

    public string? FromRelease { get; init; }

    public string? Pattern { get; init; }

    public required string Then { get; init; }

    public required string Else { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];

    /// <summary>The sentence for a release of the note's platform.</summary>
    public string For(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        bool applies = FromRelease is { } from
            ? ReleaseVersion.Compare(release, from) >= 0
            : Pattern is { } pattern && Facts.PatternCache.Get(pattern).IsMatch(release.Trim());
        return (applies ? Then : Else).Replace("{release}", release.Trim(), StringComparison.Ordinal);
    }
}
