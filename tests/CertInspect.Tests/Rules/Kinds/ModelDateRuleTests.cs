using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules.Kinds;

public sealed class ModelDateRuleTests
{
    private readonly ModelDateRule _rule = (ModelDateRule)ModelDateRule.Kind.Create(Devices.Rule("fn72524.image-signing"), BuiltInRules.Set.Facts);

    [Theory]
    [InlineData("AIR-CAP2602I-E-K9")]
    [InlineData("AIR-CAP702I-E-K9")]
    [InlineData("AIR-CAP3702I-E-K9")]
    [InlineData("AIR-AP1572EAC-A-K9")]
    [InlineData("IW3702-2E-E-K9")]
    public void Evaluate_IosApAfterTheDate_IsInEffect(string model)
    {
        Finding finding = Assert.Single(_rule.Evaluate(Devices.From("FGL2131A3JS", model), Devices.At("2026-11-21")));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("affected since 2022-12-04", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Image signing certificate validation failed (1A)", finding.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-12-04", Severity.Medium)]
    [InlineData("2022-12-03", Severity.High)]
    [InlineData("2022-06-01", Severity.Medium)]
    public void Evaluate_AroundTheDate(string asOf, Severity severity) =>
        Assert.Equal(severity, Assert.Single(_rule.Evaluate(Devices.From("FGL2131A3JS", "AIR-CAP2602I-E-K9"), Devices.At(asOf))).Severity);

    [Fact]
    public void Evaluate_LongBeforeTheDate_FindsNothing() =>
        Assert.Empty(_rule.Evaluate(Devices.From("FGL2131A3JS", "AIR-CAP2602I-E-K9"), Devices.At("2020-01-01")));

    [Theory]
    [InlineData("AIR-AP2802I-E-K9")]
    [InlineData("C9120AXI-E")]
    [InlineData("AIR-CT5508-K9")]
    [InlineData(null)]
    [InlineData("unknown")]
    public void Evaluate_OtherModels_FindNothing(string? model) =>
        Assert.Empty(_rule.Evaluate(Devices.From("FGL2131A3JS", model), Devices.At("2026-11-21")));
}
