namespace CertInspect.Reporting;

/// <summary>The outcome of an acceptance: accepted only when every expected unit was delivered and accepted and
/// nothing else was delivered. Units are ordered by serial, so the same inputs give the same receipt.</summary>
public sealed record AcceptanceReceipt(
    string Policy,
    DateOnly AsOf,
    bool Accepted,
    IReadOnlyList<InputHash> Inputs,
    IReadOnlyList<UnitVerdict> Units)
{
    public int Count(string verdict) => Units.Count(u => string.Equals(u.Verdict, verdict, StringComparison.Ordinal));
}
