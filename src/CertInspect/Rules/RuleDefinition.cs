using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertInspect.Rules;

/// <summary>
/// One rule as the data file states it: what every rule has (id, kind, title, severity, scope, sources, remediation).
/// What only one kind reads stays in <see cref="Parameters"/>, and that kind reads and checks it (see <see cref="RuleKind"/>).
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public bool Enabled { get; set; } = true;

    public IReadOnlyList<string> Sources { get; set; } = [];

    /// <summary>A sentence of world knowledge appended to every message of the rule (the trigger, the consequence).</summary>
    public string? Detail { get; init; }

    public Remediation? Remediation { get; init; }

    /// <summary>Certificate rules: the certificate roles the rule looks at (mic, sudi, ssc, lsc, lsc-dot1x, web, other); empty means all.</summary>
    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>
    /// The device types the rule applies to (ap, controller, switch, router, unknown); empty means all. A device's type
    /// is its model family's, else what a capture showed it to be.
    /// </summary>
    public IReadOnlyList<string> DeviceTypes { get; set; } = [];

    /// <summary>Whether a finding of the rule is evidence that the AP cannot join today (a log line, a join table, its
    /// controller's ended certificate): the report's headline counts it like an ended certificate.</summary>
    public bool ProvesNoJoin { get; set; }

    /// <summary>What the remediation adds when the controller's platform and release are known (see <see cref="ReleaseNote"/>).</summary>
    public IReadOnlyList<ReleaseNote> ReleaseNotes { get; set; } = [];

    /// <summary>The members of the entry that only the rule's kind reads, as written; the kind rejects those it does not know.</summary>
    [JsonExtensionData]
    // Settable, not init-only: build-time JSON metadata treats init-only members as constructor arguments, which
    // extension data cannot be.
    public Dictionary<string, JsonElement> Parameters { get; set; } = new(StringComparer.Ordinal);
}
