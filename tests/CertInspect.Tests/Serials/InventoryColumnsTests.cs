using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class InventoryColumnsTests
{
    [Theory]
    [InlineData("Serial")]
    [InlineData("Serial Number")]
    [InlineData("Serial No.")]
    [InlineData("SN")]
    [InlineData("serial_number")]
    [InlineData("SERIAL-NUMBER")]
    [InlineData(" AP Serial Number ")]
    public void IsSerialHeader_AcceptsTheNamesExportsUse(string header) => Assert.True(InventoryColumns.IsSerialHeader(header));

    [Theory]
    [InlineData("Serial Port")]
    [InlineData("Site")]
    [InlineData("FOC1837X1Y2")]
    public void IsSerialHeader_RejectsOthers(string header) => Assert.False(InventoryColumns.IsSerialHeader(header));

    [Fact]
    public void Map_AssignsRolesAndCarriesTheRest()
    {
        InventoryColumns? columns = InventoryColumns.Map(["AP Name", "Ethernet MAC", "Product ID", "Serial No.", "Location", "Asset Tag", ""]);

        Assert.NotNull(columns);
        Assert.Equal(3, columns.Serial);
        Assert.Equal(0, columns.Name);
        Assert.Equal(2, columns.Model);
        Assert.Equal(1, columns.Mac);
        Assert.Equal(4, columns.Site);
        Assert.Equal([5], columns.Extra);
    }

    [Fact]
    public void Map_PrefersTheEthernetMacOverAnotherMacColumn()
    {
        InventoryColumns? columns = InventoryColumns.Map(["SN", "MAC Address", "Ethernet MAC"]);

        Assert.Equal(2, columns?.Mac);
        Assert.Equal([1], columns?.Extra);
    }

    [Fact]
    public void Map_WithoutASerialColumn_IsNull() => Assert.Null(InventoryColumns.Map(["Name", "Model", "MAC"]));
}
