using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules.Kinds;

public sealed class SerialRulesTests
{
    private static readonly EvaluationContext AsOf = Devices.At("2026-11-21");

    [Fact]
    public void NotDateCoded_FiresOnlyWithoutADateCode()
    {
        var rule = new NotDateCodedRule(Devices.Rule("serial.not-date-coded"));

        Finding finding = Assert.Single(rule.Evaluate(Devices.From("9DSJVQZ7O6I", "AIR-CTVM-K9"), AsOf));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("virtual controllers", finding.Message, StringComparison.Ordinal);
        Assert.Empty(rule.Evaluate(Devices.From("FOC1837X1Y2"), AsOf));
    }

    [Fact]
    public void UndocumentedWeek_FiresOnWeek53Only()
    {
        var rule = new UndocumentedWeekRule(Devices.Rule("serial.undocumented-week"), BuiltInRules.Set.Facts.SerialFormat);

        Assert.Equal(Severity.Low, Assert.Single(rule.Evaluate(Devices.From("FOC1853A1B2"), AsOf)).Severity);
        Assert.Empty(rule.Evaluate(Devices.From("FOC1852A1B2"), AsOf));
    }

    [Fact]
    public void Duplicate_NamesEveryOccurrence()
    {
        var rule = new DuplicateSerialRule(Devices.Rule("serial.duplicate"));

        Finding finding = Assert.Single(rule.Evaluate(Devices.From("FOC1837X1Y2", occurrences: 3), AsOf));
        Assert.Contains("listed 3 times (t.csv:1, t.csv:2, t.csv:3)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Evidence.Count);
        Assert.Empty(rule.Evaluate(Devices.From("FOC1837X1Y2"), AsOf));
    }
}
