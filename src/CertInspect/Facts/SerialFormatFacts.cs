namespace CertInspect.Facts;

/// <summary>How Cisco serials LLLYYWWSSSS encode their manufacturing date.</summary>
public sealed record SerialFormatFacts
{
    /// <summary>year = YearBase + YY.</summary>
    public required int YearBase { get; init; }

    /// <summary>The last week number Cisco documents; one more is accepted with a warning.</summary>
    public required int LastDocumentedWeek { get; init; }

    public required IReadOnlyList<WeekMonthRange> WeekToMonth { get; init; }

    /// <summary>Values inventory exports put where a serial should be; compared after normalisation.</summary>
    public IReadOnlyList<string> Placeholders { get; set; } = [];

    public IReadOnlyList<string> Sources { get; set; } = [];
}
