namespace CertInspect.Facts;

/// <summary>
/// A wireless controller platform, told by the form of its software release (AireOS "8.10.185.0", Catalyst 9800
/// IOS-XE "17.9.4a"). <see cref="Remediation"/> names the remediation text that applies to it: "aireOs" or
/// "catalyst9800"; null when neither does (both are shown).
/// </summary>
public sealed record ControllerPlatform
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>A regular expression a release of this platform matches, as a capture or --controller-release gives it.</summary>
    public required string ReleasePattern { get; init; }

    /// <summary>An example release, for messages that say what is expected.</summary>
    public required string Example { get; init; }

    public string? Remediation { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];

    /// <summary>Whether a release is of this platform.</summary>
    public bool Runs(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return PatternCache.Get(ReleasePattern).IsMatch(release.Trim());
    }
}
