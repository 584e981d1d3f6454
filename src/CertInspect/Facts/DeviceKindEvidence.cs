namespace CertInspect.Facts;

/// <summary>
/// One piece of wording that says what kind of device something is (rules data: deviceKindEvidence): the words a
/// device uses for itself ("Cisco Wireless Controller" in show inventory's DESCR), a label a text puts above a
/// certificate ("eWLC:"), a PID or certificate platform the model families do not list ("AIR-LAP1131AG-E-K9",
/// "C1130"), or a MAC prefix that names the maker of the hardware (VMware's 00:50:56: a virtual machine).
/// </summary>
public sealed record DeviceKindEvidence
{
    /// <summary>Where the pattern is looked for: a device's description of itself (and a model written as words).</summary>
    public const string Description = "description";

    /// <summary>Where the pattern is looked for: the label a text puts above a certificate.</summary>
    public const string Label = "label";

    /// <summary>Where the pattern is looked for: a PID or a certificate's platform that no model family lists.</summary>
    public const string Model = "model";

    /// <summary>Where the pattern is looked for: the MAC in a certificate's subject, normalised (aa:bb:cc:dd:ee:ff).</summary>
    public const string MacPrefix = "macPrefix";

    public static IReadOnlyList<string> EvidenceKinds { get; } = [Description, Label, Model, MacPrefix];

    public required string Id { get; init; }

    /// <summary>description, label, model or macPrefix.</summary>
    public required string Evidence { get; init; }

    /// <summary>A .NET regular expression, matched ignoring case.</summary>
    public required string Pattern { get; init; }

    /// <summary>The device type the wording names: ap, controller, switch, router or other.</summary>
    public required string DeviceType { get; init; }

    /// <summary>What the wording means, for the note that says why a device is of its kind.</summary>
    public required string Meaning { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];

    /// <summary>Adds a problem for each thing the merged entries get wrong: a source not defined, an evidence kind or
    /// device type not known, a pattern that does not compile (for the entries <paramref name="patterns"/> checks).</summary>
    internal static void Validate(CiscoFacts facts, PatternChecks patterns, List<string> errors)
    {
        foreach (DeviceKindEvidence entry in facts.DeviceKindEvidence)
        {
            FactsLoader.CheckSources(facts, $"deviceKindEvidence '{entry.Id}'", entry.Sources, errors);
            if (!EvidenceKinds.Contains(entry.Evidence, StringComparer.Ordinal))
            {
                errors.Add($"deviceKindEvidence '{entry.Id}' has evidence '{entry.Evidence}' (expected {string.Join(", ", EvidenceKinds)})");
            }

            if (!ModelFamily.DeviceTypes.Contains(entry.DeviceType, StringComparer.Ordinal))
            {
                errors.Add($"deviceKindEvidence '{entry.Id}' has device type '{entry.DeviceType}' (expected {string.Join(", ", ModelFamily.DeviceTypes)})");
            }

            if (patterns.Of(entry))
            {
                FactsLoader.CheckPattern($"deviceKindEvidence '{entry.Id}'", entry.Pattern, errors, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            }
        }
    }
}
