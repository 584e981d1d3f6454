using CertInspect.Rules;

namespace CertInspect.Reporting.Models;

/// <summary>
/// The counts of a report. ByRisk lists every risk, worst first (<see cref="RiskNames.WorstFirst"/>: unjudged between
/// low and info, ok last), zeros included; writers name them (<see cref="RiskNames.ToName"/>). ByRule lists the rules
/// that fired, ordered by id, with the number of devices each fired on. Outlook is what a manager reads first.
/// </summary>
public sealed record ReportSummary(
    int Devices,
    int InputErrors,
    IReadOnlyList<KeyValuePair<Risk, int>> ByRisk,
    IReadOnlyList<KeyValuePair<string, int>> ByRule,
    FleetOutlook Outlook);
