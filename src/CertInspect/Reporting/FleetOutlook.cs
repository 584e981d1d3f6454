namespace CertInspect.Reporting;

/// <summary>
/// What a manager reads first. The join counts are of APs (and of devices no evidence shows to be anything else: the
/// lists an AP audit reads are of APs): how many cannot join today (their MIC, SUDI or SSC, or the MIC predicted from
/// the serial, has ended, or the evidence shows the join failing: a log, a join table, their controller's ended
/// certificate), how many more stop by each milestone, how many have no known end. Controllers, switches, routers and
/// other devices are counted apart (OtherDevices, and how many of them hold a certificate that has ended). Then the
/// fixes with their places; the sites, most urgent first (at most a hundred, the rest counted); the first ends per
/// quarter. The JSON report's summary and the HTML's first screen print the same record.
/// </summary>
public sealed record FleetOutlook(
    int CannotJoinToday,
    IReadOnlyList<MilestoneCount> StopBy,
    int NoEndKnown,
    IReadOnlyList<FixGroup> Fixes,
    IReadOnlyList<SiteRollup> Sites,
    int OtherSites,
    IReadOnlyList<QuarterCount> FirstEnds)
{
    /// <summary>Devices that are not APs: controllers, switches, routers, other platforms.</summary>
    public int OtherDevices { get; init; }

    /// <summary>Of <see cref="OtherDevices"/>, those holding a certificate that has ended.</summary>
    public int OtherDevicesWithEndedCertificates { get; init; }
}
