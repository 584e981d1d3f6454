namespace CertInspect.Reporting.Models;

/// <summary>
/// What a manager reads first. The join counts are of APs only: how many cannot join at the report's date (their MIC,
/// SUDI or SSC, or the MIC predicted from the serial, has ended — on a controller that enforces MIC validity —, or
/// the evidence shows the join failing: a log, a join table, their controller's ended certificate), how many of those
/// rest on the prediction alone, how many stop by each milestone (running totals from the report's date), how many
/// have no known end. Devices whose evidence names no kind are counted apart (they may not be APs), as are
/// controllers, switches, routers and other devices (OtherDevices, and how many of them hold a certificate that has
/// ended). Then the fixes with their places; the sites, most urgent first (at most a hundred, the rest counted); the
/// first ends per quarter. The JSON report's summary and the HTML's first screen print the same record.
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
    /// <summary>Of <see cref="CannotJoinToday"/>, those whose only evidence is the MIC end predicted from the serial
    /// (FN-63942): no certificate of theirs was given, and nothing shows the join failing.</summary>
    public int CannotJoinPredicted { get; init; }

    /// <summary>Devices whose evidence names no kind (no model, no capture that says what they are): neither counted
    /// as APs nor as other devices.</summary>
    public int UnknownKind { get; init; }

    /// <summary>Of <see cref="UnknownKind"/>, those holding a certificate (or predicted MIC) that has ended.</summary>
    public int UnknownKindEnded { get; init; }

    /// <summary>Devices that are not APs: controllers, switches, routers, other platforms.</summary>
    public int OtherDevices { get; init; }

    /// <summary>Of <see cref="OtherDevices"/>, those holding a certificate that has ended.</summary>
    public int OtherDevicesWithEndedCertificates { get; init; }
}
