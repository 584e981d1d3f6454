using System.CommandLine;
using CertInspect.Facts;

namespace CertInspect.Cli;

/// <summary>
/// --controller-platform and --controller-release: the controller the APs join, when no capture shows it. Both are
/// checked against the platforms the data knows; a value that fits none is refused with the forms expected.
/// </summary>
internal static class ControllerOptions
{
    public static Option<string?> Platform() => new("--controller-platform")
    {
        Description = "The controller platform in use (aireos, 9800), when no capture shows it: remediation then gives that platform's fix only.",
        HelpName = "PLATFORM",
    };

    /// <summary>The platform id and release the options give, checked; false (with a message) when either is unusable.</summary>
    public static bool TryRead(string? platform, string? release, CiscoFacts facts, TextWriter error, out (string? Platform, string? Release) controller)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(error);
        controller = (platform, release?.Trim());
        var examples = facts.ControllerPlatforms.Select(p => $"{p.Name} like {p.Example}").ToList();
        string forms = examples.Count <= 1 ? string.Concat(examples) : $"{string.Join(", ", examples.Take(examples.Count - 1))} or {examples[^1]}";
        ControllerPlatform? named = platform is null ? null : facts.ControllerPlatforms.FirstOrDefault(p => string.Equals(p.Id, platform, StringComparison.Ordinal));
        if (platform is not null && named is null)
        {
            error.WriteLine($"certinspect: --controller-platform '{platform}' is not a controller platform: expected one of {string.Join(", ", facts.ControllerPlatforms.Select(p => p.Id))}.");
            return false;
        }

        if (release is null)
        {
            return true;
        }

        if (named is not null && !named.Runs(release))
        {
            error.WriteLine($"certinspect: --controller-release '{release}' is not a {named.Name} release: expected a release like {named.Example}.");
            return false;
        }

        if (facts.PlatformOf(release) is null)
        {
            error.WriteLine($"certinspect: --controller-release '{release}' is not a controller release: expected {forms}.");
            return false;
        }

        return true;
    }
}
