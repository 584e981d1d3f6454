
using CertInspect.Reporting.Table;

namespace CertInspect.Tests.Reporting.Table;

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

    // Regression (issue 26, point 7): a URL or a fingerprint longer than the line stood whole past the width.
    [Fact]
    public void Wrap_WordLongerThanALineWhenAskedToBreakIt_BreaksAfterASeparatorSoThatEveryLineFits()
    {
        string[] url = [.. HangingIndent.Wrap("  ", "see https://www.cisco.com/c/en/us/support/docs/field-notices/704/fn70489.html now", 4, 40, breakLongWords: true)];
        string[] fingerprint = [.. HangingIndent.Wrap("  SHA-256  ", "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB", 11, 30, breakLongWords: true)];
        string[] unbroken = [.. HangingIndent.Wrap("", "abcdefghijklmnopqrstuvwxyz", 2, 10, breakLongWords: true)];

        Assert.Equal(["  see", "    https://www.cisco.com/c/en/us/", "    support/docs/field-notices/704/", "    fn70489.html now"], url);
        Assert.Equal(["  SHA-256  AB:CD:EF:01:23:45:", "           67:89:AB:CD:EF:01:", "           23:45:67:89:AB"], fingerprint);
        Assert.Equal(["abcdefghij", "  klmnopqr", "  stuvwxyz"], unbroken);
        Assert.All(url.Concat(fingerprint).Concat(unbroken), line => Assert.True(line.Length <= 40));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(80)]
    public void Wrap_NoWidthOrRoomEnough_IsOneLineAsWritten(int? width)
    {
        Assert.Equal(["  a  b"], HangingIndent.Wrap("  ", "a  b", 6, width));
    }
}
