namespace CertInspect.Acceptance;

/// <summary>A waiver: a finding the buyer accepts for one unit (the policy's "exceptions"), with the reason the receipt records. Rules "*" covers every
/// rule, "mic.validity" the MIC-validity check.</summary>
public sealed record AcceptanceWaiver
{
    public required string Serial { get; init; }

    public required IReadOnlyList<string> Rules { get; init; }

    public required string Reason { get; init; }
}
