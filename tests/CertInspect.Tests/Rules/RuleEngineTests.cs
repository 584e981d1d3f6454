using CertInspect.Rules;

namespace CertInspect.Tests.Rules;

public sealed class RuleEngineTests
{
    [Fact]
    public void Evaluate_OrdersWorstFirstThenById()
    {
        var engine = new RuleEngine(BuiltInRules.Set);

        IReadOnlyList<Finding> findings = engine.Evaluate(Devices.From("FOC1837X1Y2", "AIR-CAP2602I-E-K9", occurrences: 2), Devices.At("2026-11-21"));

        Assert.Equal(
            ["mic.predicted-expiry", "cscur43050.window", "fn72524.image-signing", "serial.duplicate"],
            findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Evaluate_SkipsDisabledRules()
    {
        RuleSet quiet = BuiltInRules.Set with
        {
            Rules = BuiltInRules.Set.Rules.Select(r => r.Id == "mic.predicted-expiry" ? r with { Enabled = false } : r).ToList(),
        };

        IReadOnlyList<Finding> findings = new RuleEngine(quiet).Evaluate(Devices.From("FOC1837X1Y2"), Devices.At("2026-11-21"));

        Assert.DoesNotContain(findings, f => f.RuleId == "mic.predicted-expiry");
    }

    [Fact]
    public void EvaluationContext_SortsHorizonsAndRejectsNonPositiveOnes()
    {
        Assert.Equal([30, 90, 365], new EvaluationContext(new DateOnly(2026, 1, 1), [365, 30, 90, 30]).Horizons);
        Assert.Throws<ArgumentException>(() => new EvaluationContext(new DateOnly(2026, 1, 1), [0, 90]));
        Assert.Throws<ArgumentException>(() => new EvaluationContext(new DateOnly(2026, 1, 1), []));
    }
}
