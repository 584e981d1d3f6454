using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules.Kinds;

public sealed class ManufactureWindowRuleTests
{
    private readonly ManufactureWindowRule _cscur = (ManufactureWindowRule)ManufactureWindowRule.Kind.Create(Devices.Rule("cscur43050.window"), BuiltInRules.Set.Facts);
    private readonly ManufactureWindowRule _wider = (ManufactureWindowRule)ManufactureWindowRule.Kind.Create(Devices.Rule("fn63916.wider-window"), BuiltInRules.Set.Facts);

    [Theory]
    [InlineData("FOC1837X1Y2", "AIR-CAP2602I-E-K9", Severity.High, "higher confidence: the Aironet 2600 Series is a listed family")]
    [InlineData("FCW1844A1B2", "AIR-CAP1532I-E-K9", Severity.High, "higher confidence")]
    [InlineData("ZZZ1840A1B2", "AIR-CAP3502I-E-K9", Severity.High, "higher confidence")]
    [InlineData("FOC1838A1B2", "AIR-LAP1142N-E-K9", Severity.Medium, "the Aironet 1140 Series is not a listed family")]
    [InlineData("FOC1838A1B2", "AIR-AP2802I-E-K9", Severity.Medium, "the Aironet 2800 Series is not a listed family")]
    [InlineData("FOC1838A1B2", null, Severity.Medium, "the input gives no model")]
    [InlineData("FOC1838A1B2", "mystery box", Severity.Medium, "model 'mystery box' is not recognised")]
    public void Evaluate_InsideWeeks37To44_GradesByModel(string serial, string? model, Severity severity, string confidence)
    {
        Finding finding = Assert.Single(_cscur.Evaluate(Devices.From(serial, model), Devices.At("2026-11-21")));

        Assert.Equal("cscur43050.window", finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains(confidence, finding.Message, StringComparison.Ordinal);
        Assert.Contains("AireOS 8.0.100.0", finding.Text, StringComparison.Ordinal);
        Assert.Contains("config ap dtls-wlc-mic sha1", finding.Remediation.AireOs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FOC1836A1B2", "AIR-CAP2602I-E-K9")]
    [InlineData("FOC1845A1B2", "AIR-CAP2602I-E-K9")]
    [InlineData("FOC1737A1B2", "AIR-CAP2602I-E-K9")]
    [InlineData("FOC1940A1B2", "AIR-CAP2602I-E-K9")]
    [InlineData("FOC1838A1B2", "AIR-CAP702I-E-K9")]
    [InlineData("FOC1838A1B2", "AIR-CT5508-K9")]
    [InlineData("FOC1838A1B2", "C9800-40-K9")]
    [InlineData("9DSJVQZ7O6I", null)]
    public void Evaluate_OutsideTheWindowOrExcluded_FindsNothing(string serial, string? model) =>
        Assert.Empty(_cscur.Evaluate(Devices.From(serial, model), Devices.At("2026-11-21")));

    [Theory]
    [InlineData("FOC1832A1B2", "AIR-CAP1602I-E-K9", Severity.Medium)]
    [InlineData("FOC1836A1B2", "AIR-CAP3702I-E-K9", Severity.Medium)]
    [InlineData("FOC1834A1B2", null, Severity.Low)]
    public void Evaluate_WiderWindow_ListedFamiliesAndUnknownModels(string serial, string? model, Severity severity) =>
        Assert.Equal(severity, Assert.Single(_wider.Evaluate(Devices.From(serial, model), Devices.At("2026-11-21"))).Severity);

    [Theory]
    [InlineData("FOC1834A1B2", "AIR-LAP1142N-E-K9")]
    [InlineData("FOC1834A1B2", "something else")]
    [InlineData("FOC1831A1B2", "AIR-CAP1602I-E-K9")]
    [InlineData("FOC1837A1B2", "AIR-CAP1602I-E-K9")]
    public void Evaluate_WiderWindow_OtherModelsAndWeeks_FindNothing(string serial, string model) =>
        Assert.Empty(_wider.Evaluate(Devices.From(serial, model), Devices.At("2026-11-21")));
}
