using CertInspect.Evidence;
using CertInspect.Rules;
namespace CertInspect.Reporting.Models;

/// <summary>
/// Everything a writer needs, finished. Devices are finished reports that stream in input order while the writer
/// writes (a bulk audit never holds every device at once); everything else is small.
/// </summary>
public sealed record Report
{
    public required DateOnly AsOf { get; init; }

    /// <summary>Whether <see cref="AsOf"/> is the day of the run (no --as-of was given): lines read at once may say
    /// "today"; what is kept (files) says the date.</summary>
    public bool AsOfIsToday { get; init; }

    public required IReadOnlyList<int> Horizons { get; init; }

    public required IReadOnlyList<string> RulesVersions { get; init; }

    /// <summary>The rules of the run (enabled ones, by id): their titles, details and remediation, written once per
    /// report (a rules section, a legend) while findings name their rule.</summary>
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }

    /// <summary>The dates the outlook counts ends up to (see <see cref="Milestone"/>).</summary>
    public required IReadOnlyList<Milestone> Milestones { get; init; }

    /// <summary>The counts, finished before the writer is called, for a writer that needs them first (see
    /// <see cref="IReportWriter.PrintsSummary"/>); null otherwise.</summary>
    public ReportSummary? Summary { get; init; }

    /// <summary>What every writer reads: the summary given first, else the counts of the enumeration of the devices
    /// it has just completed (every audit writer enumerates them once and prints the summary after, or holds back
    /// what goes before it).</summary>
    public ReportSummary SummaryOfEnumeratedDevices =>
        Summary ?? SummaryAfterDevices?.Invoke()
        ?? throw new InvalidOperationException("This report carries no summary, given or counted.");

    /// <summary>The counts of the enumeration a writer has just completed, without a pass of their own.</summary>
    public Func<ReportSummary>? SummaryAfterDevices { get; init; }

    public required IReadOnlyList<InputSummary> Inputs { get; init; }

    /// <summary>Input columns carried through, in the order first seen.</summary>
    public required IReadOnlyList<string> ExtraColumns { get; init; }

    /// <summary>In input order: the order in which each device's first row was read.</summary>
    public required IEnumerable<DeviceReport> Devices { get; init; }

    public required IReadOnlyList<InputError> InputErrors { get; init; }
}
