namespace CertInspect.Reporting;

/// <summary>
/// What a manager reads first, counted over every device: how many cannot join today (a certificate, or the MIC
/// predicted from the serial, has ended), how many more stop by each milestone, how many have no known end; the
/// fixes with their places; the sites, most urgent first (at most a hundred, the rest counted); the first ends per quarter. The JSON report's summary and the HTML's first
/// screen print the same record.
/// </summary>
public sealed record FleetOutlook(
    int CannotJoinToday,
    IReadOnlyList<MilestoneCount> StopBy,
    int NoEndKnown,
    IReadOnlyList<FixGroup> Fixes,
    IReadOnlyList<SiteRollup> Sites,
    int OtherSites,
    IReadOnlyList<QuarterCount> FirstEnds);
