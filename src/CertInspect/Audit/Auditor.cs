using CertInspect.Captures;
using CertInspect.Fleet;
using CertInspect.Inputs;
using CertInspect.Reporting;
using CertInspect.Rules;

namespace CertInspect.Audit;

/// <summary>
/// The audit pipeline: readers → fleet (one record per device) → rules → report. Devices are evaluated twice, once
/// for the summary and once as the writer asks for them, rather than held in memory: evaluation is cheap and pure.
/// </summary>
public sealed class Auditor(RuleSet rules, Func<string?>? pkcs12Password = null, Action<AuditProgress>? progress = null)
{
    private readonly RuleEngine _engine = new(rules);
    private readonly CaptureReader _captures = new(rules);

    /// <param name="sources">The sources to read, in order.</param>
    /// <param name="unlistable">Input arguments that could not be turned into sources (missing paths, link loops).</param>
    /// <param name="trust">CA certificates (--trust) that anchor chains; they are inputs, never devices.</param>
    public AuditResult Run(
        IReadOnlyList<InputSource> sources,
        IReadOnlyList<InputError> unlistable,
        EvaluationContext context,
        IReadOnlyList<InputSource>? trust = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(unlistable);
        var inputs = new List<InputSummary>();
        return Run(
            builder =>
            {
                foreach (InputError error in unlistable)
                {
                    builder.Reject(error);
                    inputs.Add(new InputSummary(error.Location.Source, "unreadable", 0, 1));
                }

                var trustSink = new TrustSink(builder);
                foreach (InputSource source in trust ?? [])
                {
                    InputSummaryCounts counts = InputReader.Read(source, trustSink, pkcs12Password);
                    inputs.Add(new InputSummary(source.Name, "trust-" + counts.Kind, counts.Rows, builder.ErrorCount(source.Name)));
                }

                ProgressSink? counting = progress is null ? null : new ProgressSink(builder, sources.Count, progress);
                foreach (InputSource source in sources)
                {
                    InputSummaryCounts counts = InputReader.Read(source, (IEvidenceSink?)counting ?? builder, pkcs12Password, _captures);
                    inputs.Add(new InputSummary(source.Name, counts.Kind, counts.Rows, builder.ErrorCount(source.Name)));
                    counting?.FileDone();
                }
            },
            inputs,
            context);
    }

    /// <summary>Audits observations made by the caller, such as serials typed on the command line.</summary>
    public AuditResult Run(IEnumerable<InventoryObservation> observations, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Run(
            builder =>
            {
                foreach (InventoryObservation observation in observations)
                {
                    builder.Add(observation);
                }
            },
            [],
            context);
    }

    private AuditResult Run(Action<FleetBuilder> read, IReadOnlyList<InputSummary> inputs, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DeviceFleet fleet;
        using (var builder = new FleetBuilder(rules))
        {
            read(builder);
            fleet = builder.Build();
        }

        var byRisk = SeverityNames.WorstFirst.ToDictionary(s => s, _ => 0);
        int ok = 0;
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Severity? worst = null;
        foreach (DeviceReport device in Evaluate(fleet, context))
        {
            if (device.Risk is { } risk)
            {
                byRisk[risk]++;
                worst = worst is null || risk > worst ? risk : worst;
            }
            else
            {
                ok++;
            }

            foreach (string rule in device.Findings.Select(f => f.RuleId).Distinct())
            {
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        var summary = new ReportSummary(
            fleet.DeviceCount,
            fleet.InputErrors.Count,
            SeverityNames.WorstFirst.Select(s => new KeyValuePair<string, int>(s.ToName(), byRisk[s]))
                .Append(new(SeverityNames.Ok, ok))
                .ToList(),
            byRule.ToList());

        var report = new Report
        {
            AsOf = context.AsOf,
            Horizons = context.Horizons,
            RulesVersions = rules.Versions,
            Summary = summary,
            Inputs = inputs,
            ExtraColumns = fleet.ExtraColumns,
            Devices = Evaluate(fleet, context),
            InputErrors = fleet.InputErrors,
        };
        return new AuditResult(report, worst, fleet);
    }

    // Single-threaded on purpose: PLINQ over the spill reads ahead of the writer without bound (measured: 1.5 GB for
    // a million rows), which would break the flat-memory promise. A bounded, ordered pipeline is future work.
    private IEnumerable<DeviceReport> Evaluate(DeviceFleet fleet, EvaluationContext context) =>
        fleet.Devices().Select(device => new DeviceReport(device, _engine.Evaluate(device, context), context.AsOf));
}
