using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules.Kinds;

public sealed class PredictedMicExpiryRuleTests
{
    // FOC1837X1Y2: week 37 of 2014 starts 2014-09-10, so the MIC is predicted to end 2024-09-10 ± 7 days.
    private const string Serial = "FOC1837X1Y2";
    private readonly PredictedMicExpiryRule _rule = new(Devices.Rule("mic.predicted-expiry"));

    [Theory]
    [InlineData("2026-11-21", Severity.Critical, "expired around 2024-09-10 (±7 days)")]
    [InlineData("2024-09-17", Severity.Critical, "expired around")]
    [InlineData("2024-09-16", Severity.Critical, "it may already have expired")]
    [InlineData("2024-09-03", Severity.Critical, "it may already have expired")]
    [InlineData("2024-09-02", Severity.High, "in 8 days")]
    [InlineData("2024-06-12", Severity.High, "in 90 days")]
    [InlineData("2024-06-11", Severity.Medium, "in 91 days")]
    [InlineData("2023-09-11", Severity.Medium, "in 365 days")]
    public void Evaluate_GradesByHowSoon(string asOf, Severity severity, string message)
    {
        Finding finding = Assert.Single(_rule.Evaluate(Devices.From(Serial), Devices.At(asOf)));

        Assert.Equal(severity, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BeyondEveryHorizon_FindsNothing() =>
        Assert.Empty(_rule.Evaluate(Devices.From(Serial), Devices.At("2023-09-10")));

    [Fact]
    public void Evaluate_ThirdHorizon_IsLow() =>
        Assert.Equal(Severity.Low, Assert.Single(_rule.Evaluate(Devices.From(Serial), Devices.At("2023-09-10", 90, 365, 730))).Severity);

    [Theory]
    [InlineData("FGL2131A3JS")]
    [InlineData("9DSJVQZ7O6I")]
    [InlineData("JAE0921T4U5")]
    public void Evaluate_NoPrediction_FindsNothing(string serial) =>
        Assert.Empty(_rule.Evaluate(Devices.From(serial), Devices.At("2026-11-21")));

    [Fact]
    public void Evaluate_RemediationDiffersByPlatform()
    {
        Finding finding = Assert.Single(_rule.Evaluate(Devices.From(Serial), Devices.At("2026-11-21")));

        Assert.Contains("config ap cert-expiry-ignore mic enable", finding.Remediation.AireOs, StringComparison.Ordinal);
        Assert.Contains("crypto pki trustpool policy", finding.Remediation.Catalyst9800, StringComparison.Ordinal);
    }
}
