namespace CertInspect.Facts;

/// <summary>Cisco's published mapping of serial weeks to calendar months: weeks FromWeek..ToWeek fall in Month.</summary>
public sealed record WeekMonthRange(int FromWeek, int ToWeek, int Month);
