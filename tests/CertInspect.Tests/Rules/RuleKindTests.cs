using CertInspect.Facts;
using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules;

public sealed class RuleKindTests
{
    private const string Remediation = "\"remediation\": { \"aireOs\": \"a\", \"catalyst9800\": \"c\" }";

    [Theory]
    [InlineData("\"kind\": \"manufacture-window\", \"window\": { \"yearCode\": 18, \"fromWeek\": 37, \"toWeek\": 44 }, \"familes\": [\"2600\"]", "line 1: 'familes' is not a member of rules[0] (id 'x'); did you mean 'families'?")]
    [InlineData("\"kind\": \"mic-predicted-expiry\", \"window\": { \"yearCode\": 18, \"fromWeek\": 37, \"toWeek\": 44 }", "line 1: 'window' is not a member of rules[0] (id 'x') (its members: id, kind, title, severity, ")]
    [InlineData("\"kind\": \"prediction-mismatch\", \"toleranceDays\": \"ten\"", "line 1: 'rules[0].toleranceDays' should be a whole number; got 'ten'")]
    [InlineData("\"kind\": \"manufacture-window\"", "rule 'x' needs 'window'")]
    [InlineData("\"kind\": \"no-such-kind\"", "rule 'x' has kind 'no-such-kind', which is not one of")]
    public void Load_RuleWithBadParameters_NamesFileRuleAndField(string members, string expected)
    {
        using TempFile file = TempFile.WithText($"{{ \"schema\": 1, \"version\": \"t\", \"rules\": [ {{ \"id\": \"x\", \"title\": \"t\", \"severity\": \"low\", {Remediation}, {members} }} ] }}");

        RuleDataException error = Assert.Throws<RuleDataException>(() => RuleSetLoader.Load(file.Path));

        Assert.StartsWith(file.Path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BuiltInWindow_ReadsItsOwnParameters()
    {
        RuleDefinition definition = Devices.Rule("cscur43050.window");

        var parameters = RuleKind.ParametersOf<ManufactureWindowRule.Parameters>(definition);

        Assert.Equal(Severity.Medium, parameters.OtherModelSeverity);
        Assert.True(parameters.SettledByProof);
        Assert.IsType<ManufactureWindowRule>(ManufactureWindowRule.Kind.Create(definition, BuiltInRules.Set.Facts));
    }

    [Fact]
    public void Catalog_EveryKindName_IsUnique()
    {
        Assert.Equal(RuleCatalog.Kinds.Count, RuleCatalog.Kinds.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
