namespace CertInspect.Serials;

/// <summary>
/// The manufacturing week a serial encodes.
/// Invariant: Year is the facts' year base + YearCode; Week is 1..53; Month is 1..12 from Cisco's week-to-month table.
/// </summary>
public sealed record ManufactureWeek(int Year, int YearCode, int Week, int Month)
{
    /// <summary>
    /// The first day of the week, taken as day 1 + 7(Week - 1) of the year. Cisco weeks are not guaranteed to be ISO
    /// weeks, so every date derived from this one is reported with the facts' uncertainty (±1 week).
    /// </summary>
    public DateOnly WeekStart => new DateOnly(Year, 1, 1).AddDays(7 * (Week - 1));

    /// <summary>The week as ISO-like text, e.g. 2014-W38.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
