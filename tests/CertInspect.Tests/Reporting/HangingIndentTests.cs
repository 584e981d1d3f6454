using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class HangingIndentTests
{
    [Fact]
    public void Wrap_LongProse_BreaksBetweenWordsUnderAHangingIndent()
    {
        string[] lines = [.. HangingIndent.Wrap("    ", "high rule.id: one two three four five six seven eight", 8, 24)];

        Assert.Equal(["    high rule.id: one", "        two three four", "        five six seven", "        eight"], lines);
    }

    [Fact]
    public void Wrap_WordLongerThanTheRoom_StandsWholeOnItsOwnLine()
    {
        string[] lines = [.. HangingIndent.Wrap("  ", "see testdata/sample-fleet/branch-semicolon.csv:5 now", 6, 20)];

        Assert.Equal(["  see", "      testdata/sample-fleet/branch-semicolon.csv:5", "      now"], lines);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(80)]
    public void Wrap_NoWidthOrRoomEnough_IsOneLineAsWritten(int? width)
    {
        Assert.Equal(["  a  b"], HangingIndent.Wrap("  ", "a  b", 6, width));
    }
}
