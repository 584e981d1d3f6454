namespace CertInspect.Acceptance;

/// <summary>
/// What a delivery must satisfy (README "Procurement acceptance"): the purchase order's serials, the MIC validity left
/// at acceptance, the findings that reject a unit, and the exceptions granted per serial.
/// </summary>
public sealed record AcceptancePolicy
{
    public required int Schema { get; init; }

    public required string Name { get; init; }

    /// <summary>A serial list or inventory CSV of the ordered units, relative to the policy file.</summary>
    public required string ExpectedSerials { get; init; }

    /// <summary>The fewest days of MIC validity a unit must have left at --as-of; absent: not checked.</summary>
    public int? MinimumMicValidityDays { get; init; }

    /// <summary>Rule ids whose findings reject a unit, whatever their severity.</summary>
    public IReadOnlyList<string> RejectRules { get; set; } = [];

    /// <summary>A finding at or above this severity rejects a unit; absent: severity alone rejects nothing.</summary>
    public string? RejectSeverity { get; init; }

    /// <summary>
    /// What happens to a unit whose MIC validity cannot be judged (no certificate, and a serial that predicts nothing)
    /// when the policy sets a minimum: "review" (the default: a person decides; the delivery is not accepted),
    /// "reject", or "accept" (said explicitly, and the receipt says so per unit).
    /// </summary>
    public string Unjudged { get; set; } = AcceptanceJudge.UnjudgedReview;

    /// <summary>Named "exceptions" in the policy file.</summary>
    public IReadOnlyList<AcceptanceWaiver> Exceptions { get; set; } = [];
}
