using CertInspect.Evidence;

namespace CertInspect.Tests.Fleet;

public sealed class MacAddressTests
{
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
