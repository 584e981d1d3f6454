using CertInspect.Acceptance;
using CertInspect.Facts;

namespace CertInspect.Tests.Acceptance;

public sealed class AcceptancePolicyLoaderTests
{
    private static readonly string Policy = TestData.Path("acceptance", "po-4500012345.json");

    [Fact]
    public void Load_SamplePolicy_ReadsEveryField()
    {
        AcceptancePolicy policy = AcceptancePolicyLoader.Load(Policy, BuiltInRules.Set);

        Assert.Equal("po-4500012345-serials.txt", policy.ExpectedSerials);
        Assert.Equal(2920, policy.MinimumMicValidityDays);
        Assert.Equal(["cscur43050.window", "chain.sha1"], policy.RejectRules);
    }

    [Fact]
    public void ExpectedSerialsPath_RelativeName_IsBesideThePolicy()
    {
        AcceptancePolicy policy = AcceptancePolicyLoader.Load(Policy, BuiltInRules.Set);

        Assert.Equal(TestData.Path("acceptance", "po-4500012345-serials.txt"), AcceptancePolicyLoader.ExpectedSerialsPath(Policy, policy));
    }

    [Theory]
    [InlineData("{ \"schema\": 1, \"expectedSerials\": \"s.txt\", \"minimumMicValidty\": 10 }", "line 1: 'minimumMicValidty' is not a member of the file's top level; did you mean 'minimumMicValidityDays'?")]
    [InlineData("{ \"schema\": 1, \"name\": \"x\", \"expectedSerials\": \"s.txt\",\n  \"exceptions\": [ { \"serial\": \"FOC1841Z9Y8\", \"rule\": [\"*\"], \"reason\": \"r\" } ] }", "line 2: 'rule' is not a member of exceptions[0]; did you mean 'rules'?")]
    [InlineData("{ \"schema\": 1, \"name\": \"x\", \"expectedSerials\": \"s.txt\", \"minimumMicValidityDays\": \"eight years\" }", "line 1: 'minimumMicValidityDays' should be a whole number; got 'eight years'")]
    [InlineData("{ \"schema\": 1, ", "not a valid policy file")]
    public void Load_BadPolicy_ThrowsNamingFileAndProblem(string content, string expected)
    {
        using TempFile file = TempFile.WithText(content);

        RuleDataException error = Assert.Throws<RuleDataException>(() => AcceptancePolicyLoader.Load(file.Path, BuiltInRules.Set));

        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
