using CertInspect.Rules;

namespace CertInspect.Tests.Rules;

public sealed class ReleaseVersionTests
{
    [Theory]
    [InlineData("17.9.4a", "17.7.1", 1)]
    [InlineData("17.09.04a", "17.9.4a", 0)]
    [InlineData("17.10.1", "17.9.4a", 1)]
    [InlineData("17.6.5", "17.7.1", -1)]
    [InlineData("17.9.4", "17.9.4a", -1)]
    [InlineData("8.10.185.0", "7.4.140.0", 1)]
    [InlineData("7.0.252.0", "7.4.140.0", -1)]
    public void Compare_OrdersPartByPartNumbersFirst(string left, string right, int sign)
    {
        Assert.Equal(sign, Math.Sign(ReleaseVersion.Compare(left, right)));
    }
}
