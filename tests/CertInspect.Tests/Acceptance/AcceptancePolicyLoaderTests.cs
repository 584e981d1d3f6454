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
    [InlineData("{ \"schema\": 1, \"expectedSerials\": \"s.txt\", \"minimumMicValidty\": 10 }", "minimumMicValidty")]
    [InlineData("{ \"schema\": 1, ", "not a valid policy file")]
    public void Load_BadPolicy_ThrowsNamingFileAndProblem(string content, string expected)
    {
        using TempFile file = TempFile.WithText(content);

        RuleDataException error = Assert.Throws<RuleDataException>(() => AcceptancePolicyLoader.Load(file.Path, BuiltInRules.Set));

        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
