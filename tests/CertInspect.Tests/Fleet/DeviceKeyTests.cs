using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

public sealed class DeviceKeyTests
{
    // The report's keys are a contract (JSON, CSV, diff reads them back): these are their spellings.
    public static TheoryData<string, string> Keys => new()
    {
        { DeviceKey.ForSerial("FOC1837X1Y2").Text, "serial:FOC1837X1Y2" },
        { DeviceKey.ForMac("00:11:22:33:44:55").Text, "mac:00:11:22:33:44:55" },
        { DeviceKey.ForName("WLC-WEST").Text, "name:WLC-WEST" },
        { DeviceKey.ForCapture("show.txt:2").Text, "capture:show.txt:2" },
        { DeviceKey.ForCertificate("AB:CD:EF:01:23:45:67:89:AB:CD").Text, "cert:AB:CD:EF:01:23:45:67:89" },
        { DeviceKey.ForMac("00:11:22:33:44:55").Numbered(2).Text, "mac:00:11:22:33:44:55#2" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_EachKind_IsSpeltAsReportsWriteIt(string text, string expected) => Assert.Equal(expected, text);

    [Fact]
    public void Label_IsTheTextAfterTheKind_WithItsNumber()
    {
        Assert.Equal("FOC1837X1Y2", DeviceKey.ForSerial("FOC1837X1Y2").Label);
        Assert.Equal("show.txt:2#3", DeviceKey.ForCapture("show.txt:2").Numbered(3).Label);
    }

    [Fact]
    public void IsSerial_OnlyTheSerialsOwnUnnumberedKey()
    {
        DeviceKey key = DeviceKey.ForSerial("FOC1837X1Y2");

        Assert.True(key.IsSerial("FOC1837X1Y2"));
        Assert.False(key.IsSerial("FOC1837X1Y3"));
        Assert.False(key.Numbered(2).IsSerial("FOC1837X1Y2"));
        Assert.False(DeviceKey.ForName("FOC1837X1Y2").IsSerial("FOC1837X1Y2"));
    }

    [Fact]
    public void Equals_ComparesTheWholeKey()
    {
        Assert.Equal(DeviceKey.ForMac("00:11:22:33:44:55"), DeviceKey.ForMac("00:11:22:33:44:55"));
        Assert.NotEqual(DeviceKey.ForMac("00:11:22:33:44:55"), DeviceKey.ForName("00:11:22:33:44:55"));
        Assert.NotEqual(DeviceKey.ForMac("00:11:22:33:44:55"), DeviceKey.ForMac("00:11:22:33:44:55").Numbered(2));
        Assert.Equal(DeviceKey.ForMac("aa").Numbered(2).GetHashCode(), DeviceKey.ForMac("aa").Numbered(2).GetHashCode());
    }

    [Fact]
    public void Numbered_BelowTwo_IsMisuse() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DeviceKey.ForMac("aa").Numbered(1));
}
