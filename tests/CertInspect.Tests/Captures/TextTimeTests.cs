using CertInspect.Captures;
using CertInspect.Rules;

namespace CertInspect.Tests.Captures;

public sealed class TextTimeTests
{
    private static readonly TextTime Times = new(RuleSetLoader.LoadBuiltIn().Facts.Captures.TimeZones);

    [Theory]
    [InlineData("07:21:37 UTC Oct 13 2012", "2012-10-13T07:21:37Z")]
    [InlineData("07:31:37 UTC Oct 13 2022", "2022-10-13T07:31:37Z")]
    [InlineData("05:30:00 IST Jan 1 2010", "2010-01-01T00:00:00Z")]
    [InlineData("00:00:00 PST Jan  1 2020", "2020-01-01T08:00:00Z")]
    [InlineData("00:00:00 PDT Jul 1 2020", "2020-07-01T07:00:00Z")]
    [InlineData("12:00:00 CET Mar 3 2024", "2024-03-03T11:00:00Z")]
    [InlineData("12:00:00 CEST Jul 3 2024", "2024-07-03T10:00:00Z")]
    [InlineData("12:00:00 JST Dec 31 2024", "2024-12-31T03:00:00Z")]
    [InlineData("12:00:00 aest Dec 31 2024", "2024-12-31T02:00:00Z")]
    [InlineData("07:21:37.123 UTC Oct 13 2012", "2012-10-13T07:21:37Z")]
    [InlineData("Oct  4 05:05:04 2015 GMT", "2015-10-04T05:05:04Z")]
    [InlineData("Oct 4 05:15:04 2025 GMT", "2025-10-04T05:15:04Z")]
    [InlineData("08/09/2099 20:58:26", "2099-08-09T20:58:26Z")]
    [InlineData("12/31/2024 23:59:59", "2024-12-31T23:59:59Z")]
    public void Parse_KnownFormatsAndZones_GiveUtc(string text, string expected)
    {
        ParsedTime time = Assert.IsType<ParsedTime>(Times.Parse(text));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time.Value);
        Assert.Null(time.Ambiguity);
    }

    // Issue 19, class 1: IOS keeps 32-bit seconds since 1900, so Cisco Root CA M2's 2037-11-12 end prints as 1901;
    // read literally it made a false "ended on 1901-10-07" critical.
    [Theory]
    [InlineData("06:32:02 UTC Oct 7 1901", "2037-11-12T13:00:18Z")]
    [InlineData("14:30:11 UTC Jul 4 1963", "2099-08-09T20:58:27Z")]
    [InlineData("00:00:00 UTC Jan 1 1900", "2036-02-07T06:28:16Z")]
    [InlineData("Oct  7 06:32:02 1901 GMT", "2037-11-12T13:00:18Z")]
    public void Parse_YearBefore1970_IsA32BitWrapReadBackAndSaysSo(string text, string expected)
    {
        ParsedTime time = Assert.IsType<ParsedTime>(Times.Parse(text));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time.Value);
        Assert.Contains("32-bit clock's wrap", time.Recovery, StringComparison.Ordinal);
        Assert.Contains(text, time.Recovery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00 UTC Jan 1 1970")]
    [InlineData("07:21:37 UTC Oct 13 2012")]
    public void Parse_YearFrom1970_IsNotRecovered(string text) =>
        Assert.Null(Assert.IsType<ParsedTime>(Times.Parse(text)).Recovery);

    [Theory]
    [InlineData("10:00:00 XYZT Mar 3 2024", "time zone 'XYZT' is not known")]
    [InlineData("10:00:00 Mar 3 2024", "names no time zone")]
    [InlineData("Oct  4 05:05:04 2015", "names no time zone")]
    public void Parse_UnknownOrMissingZone_IsReadAsUtcAndSaysSo(string text, string why)
    {
        ParsedTime time = Assert.IsType<ParsedTime>(Times.Parse(text));

        Assert.Equal(TimeSpan.Zero, time.Value.Offset);
        Assert.Contains(why, time.Ambiguity, StringComparison.Ordinal);
        Assert.Contains("up to 14 hours", time.Ambiguity, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("never")]
    [InlineData("07:21:37 UTC Foo 13 2012")]
    [InlineData("25:00:00 UTC Oct 13 2012")]
    [InlineData("07:21:37 UTC Feb 30 2012")]
    [InlineData("13/40/2099 20:58:26")]
    public void Parse_NotADate_IsNull(string text) => Assert.Null(Times.Parse(text));
}
