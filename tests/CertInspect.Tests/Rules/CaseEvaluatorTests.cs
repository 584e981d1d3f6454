using System.Globalization;
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
/// every fixture folder of testdata and a synthetic inventory of many variants (every family, duplicates, names and
/// MACs in conflict, serials that are not date-coded or were normalised, week 53, the MIC era's edges, the CSCur43050
/// window), under several evaluation contexts.
/// </summary>
public sealed class CaseEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    // One PID per model family of the rules data (Evaluate_EveryFamily_IsInTheSyntheticInventory checks), then models
    // without a family: PIDs whose serials carry no date code, a model no family knows, and none.
    private static readonly string?[] Models =
    [
        "AIR-CAP702I-E-K9", "AP802GN", "AIR-LAP1042N-E-K9", "AIR-LAP1142N-E-K9", "AIR-LAP1262N-E-K9", "AIR-CAP1532I-E-K9",
        "AIR-CAP1552E-E-K9", "AIR-AP1572EAC-E-K9", "AIR-CAP1602I-E-K9", "AIR-CAP1702I-E-K9", "AIR-CAP2602I-E-K9",
        "AIR-CAP2702I-E-K9", "AIR-CAP3502I-E-K9", "AIR-CAP3602I-E-K9", "AIR-CAP3702I-E-K9", "IW3702-2E-E-K9",
        "AIR-AP1542I-E-K9", "AIR-AP1562I-E-K9", "AIR-AP1832I-E-K9", "AIR-AP2802I-E-K9", "AIR-AP3802I-E-K9",
        "AIR-AP4800-E-K9", "C9120AXI-E", "AIR-CT5508-K9", "C9800-40-K9", "WS-C3850-48P", "ISR4331/K9", "ASA5506-K9",
        "AIR-CT7510-K9", "AIR-CTVM-K9", "XYZ-9000", null,
    ];

    // (year code, week): the MIC era's first and last weeks and those beside them, the CSCur43050 window (2014 weeks
    // 37-44) and its edges, week 53, and years before and after the era.
    private static readonly (int YearCode, int Week)[] Weeks =
    [
        (5, 10), (9, 28), (9, 29), (13, 10), (16, 40), (18, 31), (18, 32), (18, 37), (18, 44), (18, 45), (18, 53),
        (21, 26), (21, 27), (24, 52), (29, 5),
    ];

    public static TheoryData<string> Folders => new() { "sample-fleet", "captures", "certs", "field", "acceptance" };

    private static readonly string[] FormatNames = ["table", "table80", "csv", "json", "jsonl", "markdown", "html", "xlsx"];

    public static TheoryData<string> Formats => new(FormatNames);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Audit_EveryFixtureFolder_ByCaseWritesWhatFullEvaluationWrites(string folder)
    {
        (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) = InputExpander.Expand([TestData.Path(folder)], () => Stream.Null);
        foreach (EvaluationContext context in Contexts())
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
        InputSource inventory = SyntheticInventory();
        foreach (EvaluationContext context in Contexts())
        {
            AssertSameBytes(format, context, auditor => auditor.Run([inventory], [], context));
        }
    }

    [Fact]
    public void Evaluate_SyntheticInventory_FillsInMostDevicesAndAgreesWithFullEvaluation()
    {
        foreach (EvaluationContext context in Contexts())
        {
            using AuditResult audited = new Auditor(BuiltInRules.Set) { EvaluateByCase = false }.Run([SyntheticInventory()], [], context);
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
        var covered = Models.Select(catalog.Identify).OfType<CertInspect.Facts.ModelFamily>().Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

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

    private static IEnumerable<EvaluationContext> Contexts()
    {
        yield return new EvaluationContext(AsOf, [90, 365]);
        yield return new EvaluationContext(AsOf, [90, 365]) { ControllerRelease = "8.0.100.0" };
        yield return new EvaluationContext(AsOf, [90, 365]) { ControllerPlatform = "9800" };
        yield return new EvaluationContext(new DateOnly(2015, 6, 1), [30, 180, 3650]);
    }

    // Every model with every week, each from two factories, and the rows a bulk inventory also holds: repeated serials
    // (alike, with other names, with other MACs), serials written in other forms, serials without a date code, rows
    // without a name, MAC or site, a MAC that is not one, and malformed serials.
    private static InputSource SyntheticInventory()
    {
        var csv = new StringBuilder("AP Name,Serial Number,PID,Ethernet MAC,Site,Owner\n");
        int row = 0;
        foreach (string? model in Models)
        {
            foreach ((int yearCode, int week) in Weeks)
            {
                foreach (string factory in new[] { "FOC", "FCW" })
                {
                    // Both factories of a (model, week) leave out the same cells: one case, two devices.
                    row++;
                    int pair = (row - 1) / 2;
                    string serial = string.Create(CultureInfo.InvariantCulture, $"{factory}{yearCode:D2}{week:D2}{row:X4}");
                    string name = pair % 7 == 0 ? string.Empty : $"AP-{row:D4}";
                    string mac = pair % 5 == 0 ? string.Empty : pair % 11 == 0 ? "not-a-mac" : string.Create(CultureInfo.InvariantCulture, $"00:11:22:33:{row / 256:x2}:{row % 256:x2}");
                    string site = pair % 3 == 0 ? string.Empty : $"SITE-{row % 4}";
                    string owner = row % 2 == 0 ? string.Empty : "netops";
                    csv.Append(CultureInfo.InvariantCulture, $"{name},{serial},{model},{mac},{site},{owner}\n");
                }
            }
        }

        csv.Append("""
            AP-DUP,FOC1837D0P1,AIR-CAP2602I-E-K9,00:11:22:44:00:01,SITE-1,
            AP-DUP,FOC1837D0P1,AIR-CAP2602I-E-K9,00:11:22:44:00:01,SITE-1,
            AP-ONE,FOC1837D0P2,AIR-CAP2602I-E-K9,00:11:22:44:00:02,SITE-1,
            AP-TWO,FOC1837D0P2,,00:11:22:44:00:02,SITE-2,
            AP-MAC,FOC1837D0P3,AIR-CAP3702I-E-K9,00:11:22:44:00:03,,
            AP-MAC,FOC1837D0P3,AIR-CAP3702I-E-K9,00:11:22:44:00:04,,
            AP-LATE,FOC1838D0P4,,,,
            AP-LATE,FOC1838D0P4,AIR-CT7510-K9,,,
            AP-LOW,foc1837d0p5,AIR-CAP2602I-E-K9,,SITE-1,
            AP-SPACED, FOC 1837 D0P6 ,AIR-CAP2602I-E-K9,,SITE-1,
            AP-QUOTED,'FOC1837D0P7',AIR-CAP2602I-E-K9,,SITE-1,
            OPTICS,FAA12345678,,,,
            CERENT,123456,,,,
            WLC-7510,9DSJVQZ7O6I,AIR-CT7510-K9,,SITE-9,
            WLC-VM,9DSJVQZ7O6J,AIR-CTVM-K9,,SITE-9,
            AP-NA,N/A,AIR-CAP2602I-E-K9,,,
            AP-W00,FOC1800A1B2,AIR-CAP2602I-E-K9,,,
            =cmd,FOC1837D0P8,AIR-CAP2602I-E-K9,,-SITE,

            """);
        byte[] bytes = Encoding.UTF8.GetBytes(csv.ToString());
        return new InputSource("synthetic-inventory.csv", () => new MemoryStream(bytes));
    }
}
