using CertInspect.Evidence;
namespace CertInspect.Reporting;

/// <summary>
/// Everything a writer needs. Devices is enumerated lazily, once per writer, from the run's spill file, so that
/// a bulk audit never holds every device at once; everything else is small.
/// </summary>
public sealed record Report
{
    public required DateOnly AsOf { get; init; }

    public required IReadOnlyList<int> Horizons { get; init; }

    public required IReadOnlyList<string> RulesVersions { get; init; }

    /// <summary>Counts the summary: after the devices have been enumerated once, without another pass.</summary>
    public required Func<ReportSummary> SummarySource { get; init; }

    public ReportSummary Summary => SummarySource();

    public required IReadOnlyList<InputSummary> Inputs { get; init; }

    /// <summary>Input columns carried through, in the order first seen.</summary>
    public required IReadOnlyList<string> ExtraColumns { get; init; }

    /// <summary>In input order: the order in which each device's first row was read.</summary>
    public required IEnumerable<DeviceReport> Devices { get; init; }

    public required IReadOnlyList<InputError> InputErrors { get; init; }
}
