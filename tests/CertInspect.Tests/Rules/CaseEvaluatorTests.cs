using System.Text;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Inputs;
using CertInspect.Reporting;
using CertInspect.Reporting.Csv;
using CertInspect.Reporting.Html;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Markdown;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;
using CertInspect.Reporting.Xlsx;
using CertInspect.Rules;

namespace CertInspect.Tests.Rules;

/// <summary>
/// Evaluating by case must give the report evaluating every device in full gives, byte for byte, in every format:
/// every fixture folder of testdata and the synthetic inventory (<see cref="CaseEvaluationInputs"/>), under several
/// evaluation contexts. These inputs hold no two devices of a case that a rule could tell apart by a value it must not
/// weigh: CasePerturbationTests makes such devices.
/// </summary>
public sealed class CaseEvaluatorTests
{
    public static TheoryData<string> Folders => new(CaseEvaluationInputs.Folders);

    private static readonly string[] FormatNames = ["table", "table80", "csv", "json", "jsonl", "markdown", "html", "xlsx"];

    public static TheoryData<string> Formats => new(FormatNames);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Audit_EveryFixtureFolder_ByCaseWritesWhatFullEvaluationWrites(string folder)
    {
        (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) = InputExpander.Expand([TestData.Path(folder)], () => Stream.Null);
        foreach (EvaluationContext context in CaseEvaluationInputs.Contexts())
        {
            foreach (string format in FormatNames)
            {
                AssertSameBytes(format, context, auditor => auditor.Run(sources, errors, context));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Audit_SyntheticInventory_ByCaseWritesWhatFullEvaluationWrites(string format)
    {
        InputSource inventory = CaseEvaluationInputs.SyntheticInventory();
        foreach (EvaluationContext context in CaseEvaluationInputs.Contexts())
        {
            AssertSameBytes(format, context, auditor => auditor.Run([inventory], [], context));
        }
    }

    [Fact]
    public void Evaluate_SyntheticInventory_FillsInMostDevicesAndAgreesWithFullEvaluation()
    {
        foreach (EvaluationContext context in CaseEvaluationInputs.Contexts())
        {
            using AuditResult audited = new Auditor(BuiltInRules.Set) { EvaluateByCase = false }.Run([CaseEvaluationInputs.SyntheticInventory()], [], context);
            List<DeviceRecord> devices = [.. audited.Report.Devices.Select(d => d.Device)];
            var engine = new RuleEngine(BuiltInRules.Set);
            var byCase = new CaseEvaluator(engine, BuiltInRules.Set, context);
            var full = new CaseEvaluator(engine, BuiltInRules.Set, context) { ByCase = false };

            foreach (DeviceRecord device in devices)
            {
                DeviceEvaluation expected = full.Evaluate(device);
                DeviceEvaluation actual = byCase.Evaluate(device);
                Assert.True(expected.SameAs(actual), $"{device.Key}: by case {Describe(actual)}; in full {Describe(expected)}");
            }

            // Each (model, week) is one case of two devices (two factories), so nearly half are filled in; a third at least.
            Assert.True(byCase.FilledIn * 3 > devices.Count, $"{byCase.FilledIn} of {devices.Count} devices filled in");
            Assert.Equal(0, full.FilledIn);
        }
    }

    [Fact]
    public void Evaluate_EveryFamily_IsInTheSyntheticInventory()
    {
        var catalog = new ModelCatalog(BuiltInRules.Set.Facts.ModelFamilies);
        var covered = CaseEvaluationInputs.Models.Select(catalog.Identify).OfType<CertInspect.Facts.ModelFamily>().Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(BuiltInRules.Set.Facts.ModelFamilies, family => Assert.Contains(family.Id, covered));
    }

    private static void AssertSameBytes(string format, EvaluationContext context, Func<Auditor, AuditResult> run)
    {
        byte[] full = Write(format, run(new Auditor(BuiltInRules.Set) { EvaluateByCase = false }));
        byte[] byCase = Write(format, run(new Auditor(BuiltInRules.Set)));
        if (!full.AsSpan().SequenceEqual(byCase))
        {
            int at = full.AsSpan().CommonPrefixLength(byCase);
            Assert.Fail($"{format} as of {context.AsOf:yyyy-MM-dd} (release {context.ControllerRelease}, platform {context.ControllerPlatform}) differs at byte {at}: "
                + $"in full '{Around(full, at)}', by case '{Around(byCase, at)}'");
        }
    }

    private static byte[] Write(string format, AuditResult result)
    {
        using (result)
        {
            using var bytes = new MemoryStream();
            if (format == "xlsx")
            {
                new XlsxReportWriter().Write(result.Report, bytes);
                return bytes.ToArray();
            }

            IReportWriter<Report> writer = format switch
            {
                "csv" => new CsvReportWriter(),
                "json" => new JsonReportWriter(),
                "jsonl" => new JsonLinesReportWriter(),
                "markdown" => new MarkdownReportWriter(),
                "html" => new HtmlReportWriter(),
                "table80" => new TableReportWriter(useColor: false, width: 80),
                _ => new TableReportWriter(useColor: false),
            };
            using (var text = new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true))
            {
                writer.Write(result.Report, text);
            }

            return bytes.ToArray();
        }
    }

    private static string Around(byte[] bytes, int at) =>
        Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));

    private static string Describe(DeviceEvaluation evaluation) =>
        $"{evaluation.Risk} {evaluation.Reason} " + string.Join(" | ", evaluation.Findings.Select(f => $"{f.RuleId} {f.Severity}: {f.Message} [{f.Evidence.Count} evidence]"));
}
