using CertInspect.Facts;

namespace CertInspect.Tests.Facts;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("--asof", "--as-of")]
    [InlineData("--AS-OF", "--as-of")]
    [InlineData("severty", "severity")]
    [InlineData("minimumMicValidty", "minimumMicValidityDays")]
    [InlineData("jsn", "json")]
    [InlineData("--fial-on", "--fail-on")]
    [InlineData("pdf", null)]
    [InlineData("severe", null)]
    [InlineData("", null)]
    public void Among_Typo_IsTheCloseNameOrNone(string typed, string? expected)
    {
        string[] known = ["--as-of", "--format", "--fail-on", "severity", "minimumMicValidityDays", "json", "jsonl", "csv", "medium"];

        Assert.Equal(expected, NearestName.Among(typed, known));
    }

    [Fact]
    public void Among_EquallyClose_PrefersTheLongerSharedStart()
    {
        Assert.Equal("json", NearestName.Among("jsom", ["xson", "json"]));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("Severity", "severity", 0)]
    [InlineData("toWek", "toWeek", 1)]
    public void Distance_KnownPairs_AreTheirLevenshteinDistance(string first, string second, int expected)
    {
        Assert.Equal(expected, NearestName.Distance(first, second));
        Assert.Equal(expected, NearestName.Distance(second, first));
    }
}
