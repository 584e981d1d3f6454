using System.Text.RegularExpressions;
using CertInspect.Facts;

namespace CertInspect.Tests.Facts;

public sealed class DataPatternTests
{
    [Fact]
    public void New_InvalidPattern_ThrowsOnlyWhenFirstMatched()
    {
        var pattern = new DataPattern("([");

        Assert.Equal("([", pattern.Text);
        Assert.Throws<RegexParseException>(() => pattern.IsMatch("x"));
    }

    [Fact]
    public void Regex_IsNonBacktrackingWithTheGivenOptionsAndSharedBetweenEqualPatterns()
    {
        var first = new DataPattern("^(AIR-)?CAP", RegexOptions.IgnoreCase);
        var second = new DataPattern("^(AIR-)?CAP", RegexOptions.IgnoreCase);

        Assert.True(first.IsMatch("air-cap2702i-e-k9"));
        Assert.Same(first.Regex, second.Regex);
        Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, first.Regex.Options);
    }

    [Fact]
    public void Of_NoText_IsNull() => Assert.Null(DataPattern.Of(null));
}
