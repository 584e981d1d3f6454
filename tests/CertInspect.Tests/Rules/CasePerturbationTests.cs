using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Inputs;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Tests.Rules;

/// <summary>
/// The case contract tested on devices (issue 28, point 1; stated on <see cref="IRule"/>): every device of the fixtures
/// and of the synthetic inventory that is evaluated by case gets twins whose identity values — serial number and
/// factory code, key, name, MAC, site, row, notes, extra columns — are replaced by other digits, by LAB, by TEST, or
/// emptied. Each twin is in its device's case, and the findings filled in from the case's template are the ones a full
/// evaluation of the twin gives. A rule that decides on a value it must not weigh fails here (a site that contains
/// LAB), while CaseEvaluatorTests, whose inputs hold no such pair of devices, pass.
/// </summary>
public sealed class CasePerturbationTests
{
    private const string OtherDigits = "other digits";
    private const string Emptied = "empty";
    private const string Hex = "0123456789abcdef";
    private static readonly string[] Perturbations = [OtherDigits, "LAB", "TEST", Emptied];

    [Fact]
    public void Evaluate_TwinsOfEveryFixtureDevice_GetWhatFullEvaluationGives()
    {
        int twins = 0;
        int filledIn = 0;
        foreach (string folder in CaseEvaluationInputs.Folders)
        {
            (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) = InputExpander.Expand([TestData.Path(folder)], () => Stream.Null);
            foreach (EvaluationContext context in CaseEvaluationInputs.Contexts())
            {
                (int made, int filled) = AssertTwinsAgree(Audited(auditor => auditor.Run(sources, errors, context)), context);
                twins += made;
                filledIn += filled;
            }
        }

        // The sample fleet's and the acceptance deliveries' inventory rows are case devices: most twins are filled in.
        Assert.True(filledIn * 2 > twins, $"{filledIn} of {twins} twins filled in");
    }

    [Fact]
    public void Evaluate_TwinsOfEverySyntheticInventoryDevice_GetWhatFullEvaluationGives()
    {
        foreach (EvaluationContext context in CaseEvaluationInputs.Contexts())
        {
            (int twins, int filledIn) = AssertTwinsAgree(Audited(auditor => auditor.Run([CaseEvaluationInputs.SyntheticInventory()], [], context)), context);

            Assert.True(twins > 3000, $"{twins} twins");
            Assert.True(filledIn * 10 > twins * 9, $"{filledIn} of {twins} twins filled in");
        }
    }

    [Theory]
    [InlineData(OtherDigits)]
    [InlineData("LAB")]
    [InlineData("TEST")]
    [InlineData(Emptied)]
    public void Twin_ReplacesEveryValueTheCaseLeavesOut(string perturbation)
    {
        DeviceRecord device = Devices.From("FOC1837X1Y2", "AIR-CAP2602I-E-K9") with
        {
            Name = "AP-1",
            Names = ["AP-1"],
            Mac = "00:11:22:33:44:55",
            Macs = ["00:11:22:33:44:55"],
            Site = "HQ",
            Notes = ["a note"],
            Extra = [new("Owner", "netops")],
        };

        DeviceRecord twin = Twin(device, perturbation);

        Assert.Equal(DeviceCase.Of(device), DeviceCase.Of(twin));
        Assert.NotEqual(device.Key, twin.Key);
        Assert.NotEqual(device.Serial!.Text, twin.Serial!.Text);
        Assert.NotEqual(device.Serial.Location, twin.Serial.Location);
        Assert.NotEqual(device.Name, twin.Name);
        Assert.NotEqual(device.Mac, twin.Mac);
        Assert.NotEqual(device.Site, twin.Site);
        Assert.NotEqual(device.Rows[0], twin.Rows[0]);
        Assert.NotEqual(device.Notes[0], twin.Notes[0]);
        Assert.False(device.Extra.SequenceEqual(twin.Extra));
    }

    // For each device in a case: its case's template is made (from it, or from an earlier device of the case), then each
    // twin is evaluated by case and in full. Returns how many twins were made and how many got a template filled in.
    private static (int Twins, int FilledIn) AssertTwinsAgree(IReadOnlyList<DeviceRecord> devices, EvaluationContext context)
    {
        var engine = new RuleEngine(BuiltInRules.Set);
        var byCase = new CaseEvaluator(engine, BuiltInRules.Set, context);
        var full = new CaseEvaluator(engine, BuiltInRules.Set, context) { ByCase = false };
        var disagreements = new List<string>();
        int twins = 0;
        int filledIn = 0;
        foreach (DeviceRecord device in devices)
        {
            if (DeviceCase.Of(device) is not { } deviceCase)
            {
                continue;
            }

            byCase.Evaluate(device);
            foreach (string perturbation in Perturbations)
            {
                DeviceRecord twin = Twin(device, perturbation);
                Assert.True(deviceCase.Equals(DeviceCase.Of(twin)), $"{device.Key}: its twin ({perturbation}) is not in its case");
                int before = byCase.FilledIn;
                DeviceEvaluation byItsCase = byCase.Evaluate(twin);
                bool filled = byCase.FilledIn > before;
                DeviceEvaluation expected = full.Evaluate(twin);
                twins++;
                filledIn += filled ? 1 : 0;
                if (!expected.SameAs(byItsCase))
                {
                    disagreements.Add($"{device.Key} with {perturbation} (serial {twin.Serial!.Text}, name '{twin.Name}', site '{twin.Site}'): "
                        + $"{(filled ? "filled in" : "by case")} {Describe(byItsCase)}; in full {Describe(expected)}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, $"As of {context.AsOf:yyyy-MM-dd}, {disagreements.Count} of {twins} twins get other findings from their case than in full "
            + $"(a rule decides on a value it must not weigh, or prints an extra column: see IRule):\n{string.Join("\n", disagreements.Take(5))}");
        return (twins, filledIn);
    }

    private static List<DeviceRecord> Audited(Func<Auditor, AuditResult> run)
    {
        using AuditResult audited = run(new Auditor(BuiltInRules.Set) { EvaluateByCase = false });
        return [.. audited.Report.Devices.Select(d => d.Device)];
    }

    // The device with every value its case leaves out replaced; what the case holds (the serial's week and date code,
    // which values are given, how many MACs and notes) stays. A serial cannot be empty: "empty" gives it other digits.
    private static DeviceRecord Twin(DeviceRecord device, string perturbation)
    {
        SerialNumber serial = device.Serial!;
        string? factory = serial.Location is null ? null : perturbation is "LAB" or "TEST" ? perturbation[..3] : Shifted(serial.Location);
        string unit = perturbation is "LAB" or "TEST" ? (perturbation + "0")[..4] : Shifted(serial.Text[^4..]);
        string text = factory is not null && serial.Text.StartsWith(serial.Location!, StringComparison.Ordinal) && serial.Text.Length == 11
            ? factory + serial.Text[3..7] + unit
            : perturbation is "LAB" or "TEST" ? perturbation + serial.Text : Shifted(serial.Text);
        EvidenceLine row = new(
            new SourceLocation(Replaced(device.Rows[0].Location.Source, perturbation) + ".csv", (device.Rows[0].Location.Line ?? 1) + 10),
            Replaced(device.Rows[0].Text, perturbation));
        string? name = device.Name is null ? null : Replaced(device.Name, perturbation);

        // A MAC that was read as one stays one (another); a MAC kept as written is replaced like any text.
        string? mac = device.Mac is null ? null : device.Macs.Count > 0 ? ShiftedHex(device.Mac) : Replaced(device.Mac, perturbation);
        return device with
        {
            Key = DeviceKey.ForSerial(text),
            Serial = serial with { Text = text, Location = factory },
            Name = name,
            Names = name is null ? [] : [name],
            Mac = mac,
            Macs = device.Macs.Count > 0 ? [mac!] : [],
            Site = device.Site is null ? null : Replaced(device.Site, perturbation),
            Rows = [row],
            Occurrences = [row],
            Notes = [.. device.Notes.Select(note => Replaced(note, perturbation))],
            Extra = perturbation == Emptied ? []
                : device.Extra.Count == 0 ? [new("Owner", Replaced("A-1023", perturbation))]
                : [.. device.Extra.Select(pair => new KeyValuePair<string, string>(pair.Key, Replaced(pair.Value, perturbation)))],
        };
    }

    private static string Replaced(string value, string perturbation) => perturbation switch
    {
        OtherDigits => Shifted(value),
        Emptied => string.Empty,
        _ => perturbation,
    };

    // Each digit and letter moved on by seven (0 → 7, A → H), anything else kept: another value of the same shape.
    private static string Shifted(string value) => string.Concat(value.Select(c =>
        char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + 7) % 10))
        : char.IsAsciiLetterUpper(c) ? (char)('A' + ((c - 'A' + 7) % 26))
        : char.IsAsciiLetterLower(c) ? (char)('a' + ((c - 'a' + 7) % 26))
        : c));

    // Each hex digit of a MAC moved on by seven: another MAC.
    private static string ShiftedHex(string mac) => string.Concat(mac.Select(c =>
        char.IsAsciiHexDigit(c) ? Hex[(Hex.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal) + 7) % 16] : c));

    private static string Describe(DeviceEvaluation evaluation) =>
        $"{evaluation.Risk} {evaluation.Reason} " + string.Join(" | ", evaluation.Findings.Select(f => $"{f.RuleId} {f.Severity}: {f.Message} [{f.Evidence.Count} evidence]"));
}
