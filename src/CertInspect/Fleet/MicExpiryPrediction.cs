namespace CertInspect.Fleet;

/// <summary>When a MIC is expected to end, from the serial alone: Date ± UncertaintyDays.</summary>
public sealed record MicExpiryPrediction(DateOnly Date, int UncertaintyDays)
{
    public DateOnly Earliest => Date.AddDays(-UncertaintyDays);

    public DateOnly Latest => Date.AddDays(UncertaintyDays);

    public int DaysLeft(DateOnly asOf) => Date.DayNumber - asOf.DayNumber;
}
