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

    /// <summary>The counts of <see cref="Devices"/>. Enumerating the devices counts them, so a writer reads the
    /// devices once and the counts after (every audit writer prints them last, or holds back what goes before them);
    /// read before any enumeration has completed, they cost a counting pass of their own.</summary>
    public ReportSummary Summary => CountDevices();

    /// <summary>What gives <see cref="Summary"/>: the audit's tally of the devices.</summary>
    public required Func<ReportSummary> CountDevices { private get; init; }

    public required IReadOnlyList<InputSummary> Inputs { get; init; }

    /// <summary>Input columns carried through, in the order first seen.</summary>
    public required IReadOnlyList<string> ExtraColumns { get; init; }

    /// <summary>In input order: the order in which each device's first row was read.</summary>
    public required IEnumerable<DeviceReport> Devices { get; init; }

    public required IReadOnlyList<InputError> InputErrors { get; init; }
}
