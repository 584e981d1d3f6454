namespace CertInspect.Reporting.Models;

/// <summary>The outcome of an acceptance: accepted only when every expected unit was delivered and accepted and
/// nothing else was delivered. Units are ordered by serial, so the same inputs give the same receipt.</summary>
public sealed record AcceptanceReceipt(
    string Policy,
    DateOnly AsOf,
    bool Accepted,
    IReadOnlyList<InputHash> Inputs,
    IReadOnlyList<UnitVerdict> Units)
{
    /// <summary>What judged: the tool's version, the rules data in force and the trust anchors.</summary>
    public ReceiptProvenance Provenance { get; init; } = ReceiptProvenance.Unknown;

    /// <summary>accepted, review (nothing rejected, but a unit a person must judge) or rejected.</summary>
    public string Verdict => Accepted ? UnitVerdict.Accepted
        : Units.Count > 0 && Units.All(u => u.Verdict is UnitVerdict.Accepted or UnitVerdict.Review) ? UnitVerdict.Review
        : UnitVerdict.Rejected;

    public int Count(string verdict) => Units.Count(u => string.Equals(u.Verdict, verdict, StringComparison.Ordinal));
}
