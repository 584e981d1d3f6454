namespace CertInspect.Rules.Kinds;

/// <summary>A span of manufacturing weeks within one serial year code, both ends included.</summary>
public sealed record ManufactureWindow
{
    public required int YearCode { get; init; }

    public required int FromWeek { get; init; }

    public required int ToWeek { get; init; }

    public bool Contains(int yearCode, int week) => yearCode == YearCode && week >= FromWeek && week <= ToWeek;
}
