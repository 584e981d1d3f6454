using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>
/// The controller platform and release a device's findings are for: what a capture shows (the device is that
/// controller, or an AP a controller's capture lists), else what the command line says (--controller-platform,
/// --controller-release). Null when neither tells the platform: remediation then gives both platforms.
/// </summary>
public sealed record ControllerInUse(ControllerPlatform Platform, string? Release, string Source)
{
    public static ControllerInUse? For(DeviceRecord device, EvaluationContext context, CiscoFacts facts)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(facts);
        if (device.IsController && device.Capture?.Release is { } own && facts.PlatformOf(own.Value) is { } ownPlatform)
        {
            return new ControllerInUse(ownPlatform, own.Value, $"{own.Evidence.Location}");
        }

        foreach (ControllerLink link in device.Capture?.Controllers ?? [])
        {
            if (link.Release is { } release && facts.PlatformOf(release.Value) is { } platform)
            {
                return new ControllerInUse(platform, release.Value, $"{link.Name}, {release.Evidence.Location}");
            }
        }

        ControllerPlatform? given = context.ControllerPlatform is { } id
            ? facts.ControllerPlatforms.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal))
            : context.ControllerRelease is { } release2 ? facts.PlatformOf(release2) : null;
        return given is null ? null : new ControllerInUse(given, context.ControllerRelease, "the command line");
    }

    /// <summary>The rule's remediation for this platform only, with what the data knows of the release in use.</summary>
    public Remediation Narrow(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Remediation remediation = rule.Remediation ?? throw new InvalidOperationException($"rule '{rule.Id}' has no remediation");
        if (Platform.Remediation is null)
        {
            return remediation;
        }

        string notes = string.Concat(rule.ReleaseNotes
            .Where(n => string.Equals(n.Platform, Platform.Id, StringComparison.Ordinal) && Release is not null)
            .Select(n => " " + n.For(Release!)));
        string inUse = Release is null ? $"{Platform.Name} ({Source})" : $"{Platform.Name} {Release} ({Source})";
        return string.Equals(Platform.Remediation, "aireOs", StringComparison.Ordinal)
            ? new Remediation($"{remediation.AireOs}{notes} [Controller in use: {inUse}.]", null)
            : new Remediation(null, $"{remediation.Catalyst9800}{notes} [Controller in use: {inUse}.]");
    }
}
