using CertInspect.Evidence;

namespace CertInspect.Tests.Evidence;

/// <summary>Issue 27, point 3: MACs in every form Cisco prints, and an AP's default name.</summary>
public sealed class MacAddressTests
{
    [Theory]
    [InlineData("00:1d:45:36:97:30", "00:1d:45:36:97:30")]
    [InlineData("001d.4536.9730", "00:1d:45:36:97:30")]
    [InlineData("00-1D-45-36-97-30", "00:1d:45:36:97:30")]
    [InlineData("001D45369730", "00:1d:45:36:97:30")]
    // A page's Markdown emphasis around the value, or left after it.
    [InlineData("00:1d:45:36:97:30_", "00:1d:45:36:97:30")]
    [InlineData("_00:1d:45:36:97:30_", "00:1d:45:36:97:30")]
    [InlineData("**001d.4536.9730**", "00:1d:45:36:97:30")]
    [InlineData("00:1d:45:36:97", null)]
    [InlineData("00:1d:45:36:97:30:11", null)]
    [InlineData("not a mac", null)]
    public void Normalize_EveryNotation_IsLowerCaseColonHex(string text, string? expected) =>
        Assert.Equal(expected, MacAddress.Normalize(text));

    [Theory]
    [InlineData("AP7081.0500.0000", "70:81:05:00:00:00")]
    [InlineData("APc47d.4f3a.1b2c", "c4:7d:4f:3a:1b:2c")]
    [InlineData("AP1c6a.7a5a.7390", "1c:6a:7a:5a:73:90")]
    [InlineData("AP-LOBBY-1", null)]
    [InlineData("XAP7081.0500.0000", null)]
    [InlineData("AP7081.0500.00", null)]
    public void FromDefaultApName_IsTheMacTheNameHolds(string name, string? expected) =>
        Assert.Equal(expected, MacAddress.FromDefaultApName(name));

    [Theory]
    [InlineData("0c:75:bd:10:20:31", true)]
    [InlineData("0c75.bd10.2031", true)]
    [InlineData("0C-75-BD-10-20-31", true)]
    [InlineData("0c75bd102031", false)]
    [InlineData("10.20.30.41", false)]
    public void IsMacToken_TakesSeparatedNotationsOnly(string token, bool expected) =>
        Assert.Equal(expected, MacAddress.IsMacToken(token));

    [Theory]
    [InlineData("00:11:22:AA:bb:cc", "00:11:22:aa:bb:cc")]
    [InlineData("0011.22aa.bbcc", "00:11:22:aa:bb:cc")]
    [InlineData("00-11-22-AA-BB-CC", "00:11:22:aa:bb:cc")]
    [InlineData("001122AABBCC", "00:11:22:aa:bb:cc")]
    [InlineData(" 00 11 22 aa bb cc ", "00:11:22:aa:bb:cc")]
    [InlineData("00:11:22:33:44", null)]
    [InlineData("00:11:22:33:44:55:66", null)]
    [InlineData("00:11:22:33:44:GG", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_AcceptsEveryCommonNotation(string? text, string? expected) =>
        Assert.Equal(expected, MacAddress.Normalize(text));
}
