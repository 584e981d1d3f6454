using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>
/// Counts a report's summary while a writer enumerates its devices, so that a writer evaluates each device once and
/// the summary is known when it finishes (every audit writer works so: CSV and JSON Lines print it last, JSON holds
/// its devices back in a spill buffer, HTML keeps the most urgent). Asked for before any enumeration has completed
/// (by a caller that writes no report), the tally runs a counting pass of its own. Only a complete enumeration
/// counts.
/// </summary>
internal sealed class SummaryTally(int devices, int inputErrors, DateOnly asOf, IReadOnlyList<Milestone> milestones, IReadOnlySet<string> provesNoJoin)
{
    private readonly IReadOnlySet<string> _provesNoJoin = provesNoJoin;
    private readonly int _devices = devices;
    private readonly int _inputErrors = inputErrors;
    private readonly DateOnly _asOf = asOf;
    private readonly IReadOnlyList<Milestone> _milestones = milestones;
    private (ReportSummary Summary, Risk Worst)? _result;

    public Counting Start() => new(this);

    /// <summary>The summary and the worst risk, counting the devices first if no enumeration has completed yet.</summary>
    public (ReportSummary Summary, Risk Worst) Get(IEnumerable<DeviceReport> devicesToCount)
    {
        if (_result is null)
        {
            foreach (DeviceReport _ in devicesToCount)
            {
                // Enumerating counts.
            }
        }

        return _result ?? throw new InvalidOperationException("The device enumeration did not complete.");
    }

    /// <summary>The counts of one enumeration; they become the tally's when it completes.</summary>
    internal sealed class Counting(SummaryTally tally)
    {
        private readonly int[] _byRisk = new int[RiskNames.WorstFirst.Count];
        // Sorted by rule id once, when complete: a million devices' findings need no tree.
        private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);
        private readonly OutlookCounter _outlook = new(tally._asOf, tally._milestones, tally._provesNoJoin);
        private Risk _worst = Risk.Ok;

        public void Add(DeviceReport device)
        {
            Risk risk = device.Risk;
            _byRisk[(int)risk]++;
            _worst = risk > _worst ? risk : _worst;
            _outlook.Add(device);
            // Each rule once per device, however many of its findings the device has.
            IReadOnlyList<Finding> findings = device.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                string rule = findings[i].RuleId;
                if (device.IsFirstOfItsRule(i))
                {
                    _byRule[rule] = _byRule.GetValueOrDefault(rule) + 1;
                }
            }
        }

        public void Complete() => tally._result ??= (
            new ReportSummary(
                tally._devices,
                tally._inputErrors,
                [.. RiskNames.WorstFirst.Select(r => new KeyValuePair<Risk, int>(r, _byRisk[(int)r]))],
                [.. _byRule.OrderBy(r => r.Key, StringComparer.Ordinal)],
                _outlook.Finish()),
            _worst);
    }
}
