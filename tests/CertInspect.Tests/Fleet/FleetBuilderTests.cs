using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

public sealed class FleetBuilderTests
{
    [Fact]
    public void Build_RepeatedSerial_IsOneDeviceWithEveryOccurrence()
    {
        using var builder = new FleetBuilder(BuiltInRules.Set.Facts);
        builder.Add(Row("a.csv", 2, "FOC1837X1Y2", name: null, model: "AIR-CAP2602I-E-K9"));
        builder.Add(Row("b.csv", 5, "FOC1111A1B2", name: "other"));
        builder.Add(Row("b.csv", 9, " foc1837x1y2 ", name: "HQ-1", model: "AIR-CAP3702I-E-K9", mac: "0011.2233.4455"));

        using DeviceFleet fleet = builder.Build();
        List<DeviceRecord> devices = fleet.Devices().ToList();

        Assert.Equal(2, fleet.DeviceCount);
        Assert.Equal(["serial:FOC1837X1Y2", "serial:FOC1111A1B2"], devices.Select(d => d.Key.Text));
        DeviceRecord merged = devices[0];
        Assert.Equal(["a.csv:2", "b.csv:9"], merged.Occurrences.Select(o => o.Location.ToString()));
        Assert.Equal("HQ-1", merged.Name);
        Assert.Equal("AIR-CAP2602I-E-K9", merged.Model);
        Assert.Equal("2600", merged.Family?.Id);
        Assert.Equal("00:11:22:33:44:55", merged.Mac);
        Assert.Equal(new DateOnly(2024, 9, 10), merged.PredictedMicExpiry?.Date);
        Assert.Contains(merged.Notes, n => n.StartsWith("b.csv:9: serial ' foc1837x1y2 ' read as FOC1837X1Y2", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_BadSerials_AreInputErrorsWithTheRow()
    {
        using var builder = new FleetBuilder(BuiltInRules.Set.Facts);
        builder.Add(Row("a.csv", 3, "N/A"));
        builder.Reject(new InputError(new SourceLocation("b.csv", null), "the file is empty"));

        using DeviceFleet fleet = builder.Build();

        Assert.Equal(0, fleet.DeviceCount);
        Assert.Equal(
            [new InputError(new SourceLocation("a.csv", 3), "'N/A' is a placeholder, not a serial", "row text"), new InputError(new SourceLocation("b.csv", null), "the file is empty")],
            fleet.InputErrors);
        Assert.Equal(1, builder.ErrorCount("a.csv"));
    }

    [Fact]
    public void Devices_CanBeEnumeratedTwice()
    {
        using var builder = new FleetBuilder(BuiltInRules.Set.Facts);
        for (int i = 1; i <= 50; i++)
        {
            builder.Add(Row("a.csv", i, $"FOC18{i % 52 + 1:D2}A{i:D3}"));
        }

        using DeviceFleet fleet = builder.Build();

        Assert.Equal(fleet.Devices().Select(d => d.Key), fleet.Devices().Select(d => d.Key));
        Assert.Equal(50, fleet.Devices().Count());
    }

    [Fact]
    public void Build_CarriesExtraColumnsInFirstSeenOrder()
    {
        using var builder = new FleetBuilder(BuiltInRules.Set.Facts);
        builder.Add(Row("a.csv", 2, "FOC1837X1Y2", extra: [new("Tag", "1")]));
        builder.Add(Row("b.csv", 2, "FOC1837X1Y3", extra: [new("Qty", "2"), new("Tag", "3")]));

        using DeviceFleet fleet = builder.Build();

        Assert.Equal(["Tag", "Qty"], fleet.ExtraColumns);
    }

    private static InventoryObservation Row(
        string source, long line, string serial, string? name = null, string? model = null, string? mac = null,
        KeyValuePair<string, string>[]? extra = null) =>
        new(new SourceLocation(source, line), "row text", serial, name, model, mac, null, extra ?? []);
}
