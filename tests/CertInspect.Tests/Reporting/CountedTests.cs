using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 devices")]
    [InlineData(1, "1 device")]
    [InlineData(2, "2 devices")]
    [InlineData(1_048_576, "1048576 devices")]
    public void Of_Device_IsSingularForOneOnly(long count, string expected) => Assert.Equal(expected, Counted.Of(count, "device"));

    [Fact]
    public void Of_IrregularPlural_IsTheOneGiven() => Assert.Equal(("1 entry", "3 entries"), (Counted.Of(1, "entry", "entries"), Counted.Of(3, "entry", "entries")));
}
