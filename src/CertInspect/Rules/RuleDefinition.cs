namespace CertInspect.Rules;

/// <summary>
/// One rule as the data file states it. <see cref="Kind"/> names the code that evaluates it; the other members are
/// the facts that code reads, and each kind says which it needs (see <see cref="RuleCatalog"/>).
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>A sentence of world knowledge appended to every message of the rule (the trigger, the consequence).</summary>
    public string? Detail { get; init; }

    public Remediation? Remediation { get; init; }

    /// <summary>manufacture-window: the weeks the rule covers.</summary>
    public ManufactureWindow? Window { get; init; }

    /// <summary>manufacture-window, model-date: the model families the rule is sure about.</summary>
    public IReadOnlyList<string> Families { get; init; } = [];

    /// <summary>manufacture-window: families the rule never applies to.</summary>
    public IReadOnlyList<string> ExcludedFamilies { get; init; } = [];

    /// <summary>manufacture-window: severity for another AP family or an unrecognised model; absent means no finding.</summary>
    public Severity? OtherModelSeverity { get; init; }

    /// <summary>manufacture-window: severity when the input names no model; absent means no finding.</summary>
    public Severity? UnknownModelSeverity { get; init; }

    /// <summary>Certificate rules: the certificate roles the rule looks at (mic, sudi, ssc, lsc); empty means all.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>sha2-mic-invalid: the names of the CAs whose failed signature is evidence of the defect.</summary>
    public IReadOnlyList<string> IssuerNames { get; init; } = [];

    /// <summary>identity-conflict: what disagrees: name, mac or certificate-serial.</summary>
    public string? Field { get; init; }

    /// <summary>prediction-mismatch: how far, in days, the real MIC end may be from the predicted one.</summary>
    public int? ToleranceDays { get; init; }

    /// <summary>model-date: the day from which the problem is in effect.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>
    /// The device types the rule applies to (ap, controller, unknown); empty means all. A device's type is what a
    /// capture showed it to be, else its model family's.
    /// </summary>
    public IReadOnlyList<string> DeviceTypes { get; init; } = [];

    /// <summary>manufacture-window: the window means nothing for a device whose capture proves or disproves the defect.</summary>
    public bool SettledByProof { get; init; }

    /// <summary>sha2-proof: which verdict of the on-AP proof the rule reports: affected or not-affected.</summary>
    public string? Outcome { get; init; }

    /// <summary>log-signature: regular expressions; a device's log line matching any of them is the signature.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>log-signature: regular expressions that must each match another line of the same device's log too.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>trigger-release: regular expressions matched against a controller's software release.</summary>
    public IReadOnlyList<string> ReleasePatterns { get; init; } = [];
}
