
using CertInspect.Reporting.Table;

namespace CertInspect.Tests.Reporting.Table;

public sealed class TableLayoutTests
{
    private static readonly string[] _headers = ["RISK", "KEY", "NAME", "TYPE", "ENDS", "RULES"];
    private static readonly int[] _giveWay = [3, 2, 5];

    private static readonly string[][] _rows =
    [
        ["critical", "FOC1837X1Y2", "HQ-LOBBY-01", "ap", "2024-09-10", "mic.predicted-expiry,cscur43050.window"],
        ["info", "mac:00:11:22:33:44:ab", "LAB", "controller", "2027-01-20", "chain.incomplete"],
    ];

    [Theory]
    [InlineData(null, new[] { 8, 21, 11, 10, 10, 38 })]
    [InlineData(120, new[] { 8, 21, 11, 10, 10, 38 })]
    [InlineData(100, new[] { 8, 21, 11, 10, 10, 30 })]
    [InlineData(86, new[] { 8, 21, 11, 0, 10, 28 })]
    [InlineData(70, new[] { 8, 21, 0, 0, 10, 25 })]
    [InlineData(60, new[] { 8, 21, 0, 0, 10, 0 })]
    [InlineData(40, new[] { 8, 18, 0, 0, 10, 0 })]
    [InlineData(20, new[] { 8, 11, 0, 0, 10, 0 })]
    public void Fit_Width_LeavesOutWholeColumnsInOrderAndNeverCutsASerialOrADate(int? width, int[] expected)
    {
        TableLayout layout = TableLayout.Fit(_headers, _rows, _giveWay, keyColumn: 1, keyLeast: 11, width);

        Assert.Equal(expected, layout.Widths);
        int shown = layout.Widths.Count(w => w > 0);
        int total = layout.Widths.Sum() + (TableLayout.Gap * (shown - 1));
        Assert.True(total <= (width ?? int.MaxValue) || layout.Widths[1] == 11, $"{total} > {width} though the key could be cut further");
    }
}
