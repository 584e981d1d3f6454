using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Concurrency;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Inputs;
using CertInspect.Reporting.Models;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Audit;

/// <summary>
/// The audit pipeline: readers → fleet (one record per device) → rules → report. Devices are evaluated as the writer
/// asks for them, never held in memory; the summary is counted on the way (in a pass of its own when it is asked for
/// before the devices: evaluation is pure, so both passes agree).
/// </summary>
public sealed class Auditor(RuleSet rules, Pkcs12PasswordSource? pkcs12Password = null, Action<AuditProgress>? progress = null)
{
    private readonly RuleEngine _engine = new(rules);
    private readonly CaptureReader _captures = CaptureReaders.For(rules);

    /// <summary>Whether Cisco's built-in CA certificates anchor and verify chains (off with --no-builtin-trust).</summary>
    public bool BuiltInTrust { get; init; } = true;

    /// <summary>Whether devices known only from their inventory row are evaluated once per case (see
    /// <see cref="CaseEvaluator"/>); false evaluates every device in full, which gives the same report.</summary>
    public bool EvaluateByCase { get; init; } = true;

    /// <summary>Whether the evaluation date is the day of the run (no --as-of): see <see cref="Report.AsOfIsToday"/>.</summary>
    public bool AsOfIsToday { get; init; }

    /// <summary>Inventory headers the user named for column roles (--columns), or null.</summary>
    public ColumnMapping? Columns { get; init; }

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
                foreach ((InputSource source, InputSummaryCounts counts) in new PrefetchingReader(pkcs12Password, _captures, Columns).Read(sources, (IEvidenceSink?)counting ?? builder))
                {
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
        IReadOnlyList<TrustAnchor> anchors;
        using (var builder = new FleetBuilder(rules.Facts) { BuiltInTrust = BuiltInTrust })
        {
            read(builder);
            fleet = builder.Build();
            anchors = builder.TrustAnchors;
        }

        IReadOnlyList<Milestone> milestones = OutlookMilestones.For(context, rules.Facts);
        var tally = new SummaryTally(fleet.DeviceCount, fleet.InputErrors.Count, context.AsOf, milestones, rules.Rules.Where(r => r.Enabled && r.ProvesNoJoin).Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
        IEnumerable<DeviceReport> devices = Counted(Evaluate(fleet, context), tally);
        if (progress is not null)
        {
            // Each enumeration (each writer pass) runs the iterator afresh: a pass of its own.
            devices = new DeviceProgress(fleet.DeviceCount, progress).Over(devices);
        }

        var report = new Report
        {
            AsOf = context.AsOf,
            AsOfIsToday = AsOfIsToday,
            Horizons = context.Horizons,
            RulesVersions = rules.Versions,
            Rules = [.. rules.Rules.Where(r => r.Enabled).OrderBy(r => r.Id, StringComparer.Ordinal)],
            Milestones = milestones,
            Inputs = inputs,
            ExtraColumns = fleet.ExtraColumns,
            Devices = devices,
            CountDevices = () => tally.Get(devices).Summary,
            InputErrors = fleet.InputErrors,
        };
        return new AuditResult(report, tally, fleet) { TrustAnchors = anchors };
    }

    // Each enumeration counts as it goes; the first complete one gives the summary (see SummaryTally).
    private static IEnumerable<DeviceReport> Counted(IEnumerable<DeviceReport> devices, SummaryTally tally)
    {
        SummaryTally.Counting counting = tally.Start();
        foreach (DeviceReport device in devices)
        {
            counting.Add(device);
            yield return device;
        }

        counting.Complete();

    }

    // Reading the spill runs on a thread of its own, merging and evaluating in batches on every core while the writer
    // formats, with at most a few batches of devices in flight (see OrderedPipeline).
    private IEnumerable<DeviceReport> Evaluate(DeviceFleet fleet, EvaluationContext context)
    {
        var evaluator = new CaseEvaluator(_engine, rules, context) { ByCase = EvaluateByCase };
        return OrderedPipeline.Map(fleet.DevicesToBuild(), build =>
        {
            DeviceRecord device = build();
            DeviceEvaluation evaluation = evaluator.Evaluate(device);
            return new DeviceReport(device, evaluation.Findings, context.AsOf) { Judged = evaluation.Judged, Reason = evaluation.Reason };
        });
    }
}
