using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

public sealed class SerialIndexTests
{
    [Fact]
    public void TryAdd_DistinguishesSerialsThatPackClose()
    {
        var index = new SerialIndex();
        string[] serials = ["A", "0A", "00A", "FOC1837X1Y2", "FOC1837X1Y3", "ZZZZZZZZZZZZ", "0", "00"];

        for (int i = 0; i < serials.Length; i++)
        {
            Assert.True(index.TryAdd(serials[i], i, out _), serials[i]);
        }
    }

    [Theory]
    [InlineData("FOC1837X1Y2")]
    [InlineData("AVERYLONGSERIAL0123")]
    public void TryAdd_Repeat_ReturnsTheFirstSlot(string serial)
    {
        var index = new SerialIndex();
        index.TryAdd("OTHER", 0, out _);
        index.TryAdd(serial, 1, out _);

        Assert.False(index.TryAdd(serial, 2, out int existing));
        Assert.Equal(1, existing);
    }
}
