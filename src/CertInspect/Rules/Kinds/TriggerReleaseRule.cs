using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A controller release that triggers a defect (CSCur43050: AireOS 8.0.100.x, IOS-XE 3.6.0E). On a controller
/// record: the controller runs it. On an AP record: the AP is a candidate (built inside the window, or proven
/// affected, and not proven free) and a controller it is tied to runs it, or --controller-release names it. Whether
/// that controller has a SHA-2 MIC decides the symptom (Cisco bug CSCur43050).
/// </summary>
public sealed class TriggerReleaseRule(RuleDefinition definition, TriggerReleaseRule.Parameters parameters, SerialFormatFacts serialFormat) : IRule
{
    public const string KindName = "trigger-release";

    /// <summary>The kind: the releases that trigger the defect, and the window of candidate APs.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, facts) => (p.ReleasePatterns.Count > 0 ? Enumerable.Empty<string>() : ["needs 'releasePatterns'"])
            .Concat(RuleCatalog.UnknownFamilies(p.ExcludedFamilies, facts)),
        (definition, p, facts) => new TriggerReleaseRule(definition, p, facts.SerialFormat),
        p => p.ReleasePatterns);

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        if (device.IsController)
        {
            if (device.Capture?.Release is { } own && Triggers(own.Value))
            {
                yield return Definition.FindingWith(
                    [own.Evidence],
                    Definition.Severity,
                    $"The controller runs {own.Value}, which triggers the defect for APs built in {WindowText()}; {Symptom(HasSha2Mic(device.Certificates))}.");
            }

            yield break;
        }

        // The release decides first: it is cheap, and a million-row inventory without captures has none.
        if ((device.Capture?.Controllers.Count ?? 0) == 0 && context.ControllerRelease is null)
        {
            yield break;
        }

        if (Candidate(device) is not { } why)
        {
            yield break;
        }

        var triggering = new List<(string Controller, string Release, EvidenceLine? Evidence, bool? Sha2)>();
        foreach (ControllerLink link in device.Capture?.Controllers ?? [])
        {
            if (link.Release is { } release && Triggers(release.Value))
            {
                triggering.Add((link.Name, release.Value, release.Evidence, HasSha2Mic(link.Certificates)));
            }
        }

        if (triggering.Count == 0 && context.ControllerRelease is { } given && Triggers(given))
        {
            triggering.Add(("the controller (--controller-release)", given, null, null));
        }

        foreach ((string controller, string release, EvidenceLine? evidence, bool? sha2) in triggering)
        {
            yield return Definition.FindingWith(
                [.. device.Occurrences.Take(3), .. evidence is null ? Array.Empty<EvidenceLine>() : [evidence]],
                Definition.Severity,
                $"{why}, and {controller} runs {release}, a trigger release: {Symptom(sha2)}.");
        }
    }

    private bool Triggers(string release) => parameters.ReleasePatterns.Any(p => PatternCache.Get(p).IsMatch(release.Trim()));

    private string? Candidate(DeviceRecord device)
    {
        Sha2Proof? proof = device.Capture?.Sha2Proof;
        if (proof?.Outcome == Sha2ProofOutcome.NotAffected)
        {
            return null;
        }

        if (proof?.Outcome == Sha2ProofOutcome.Affected)
        {
            return "The AP is proven to carry the defective SHA-2 MIC";
        }

        if (device.Serial?.Manufactured is { } week && parameters.Window is { } window && window.Contains(week.YearCode, week.Week)
            && !(device.Family is { } family && parameters.ExcludedFamilies.Contains(family.Id, StringComparer.Ordinal)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"Serial {device.Serial.Text} was built in {week}, inside the defect's window");
        }

        return null;
    }

    private string WindowText() => parameters.Window is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"weeks {w.FromWeek:D2}-{w.ToWeek:D2} of {serialFormat.YearBase + w.YearCode}")
        : "the defect's window";

    // A controller built from September 2014 has a SHA-2 MIC ("Cisco SHA2 device cert").
    private static bool? HasSha2Mic(IReadOnlyList<DeviceCertificate> certificates)
    {
        var identity = certificates.Where(c => c.Role is CertificateRole.Mic or CertificateRole.Sudi).ToList();
        if (identity.Count == 0)
        {
            return null;
        }

        return identity.Any(c => c.Facts.SignatureAlgorithm.Hash is not null && !c.Facts.SignatureAlgorithm.IsSha1);
    }

    private static string Symptom(bool? controllerHasSha2Mic) => controllerHasSha2Mic switch
    {
        true => "the controller has a SHA-2 MIC, so such an AP joins, downloads the image, then fails to rejoin",
        false => "the controller has no SHA-2 MIC, so such an AP joins but fails a later image download",
        null => "such an AP fails to rejoin after the image download (controller with a SHA-2 MIC) or fails a later image download (without one)",
    };

    /// <summary>
    /// releasePatterns: regular expressions matched against a controller's release; window: the weeks of the
    /// candidate APs; excludedFamilies: families never affected.
    /// </summary>
    public sealed record Parameters
    {
        public IReadOnlyList<string> ReleasePatterns { get; set; } = [];

        public ManufactureWindow? Window { get; init; }

        public IReadOnlyList<string> ExcludedFamilies { get; set; } = [];
    }
}
