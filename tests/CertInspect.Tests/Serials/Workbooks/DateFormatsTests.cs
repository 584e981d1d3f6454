using CertInspect.Serials.Workbooks;

namespace CertInspect.Tests.Serials.Workbooks;

public sealed class DateFormatsTests
{
    [Theory]
    [InlineData("yyyy-mm-dd", "Date")]
    [InlineData("dd/mm/yyyy;@", "Date")]
    [InlineData("[$-409]mmmm d, yyyy", "Date")]
    [InlineData("d-mmm", "Date")]
    [InlineData("yyyy-mm-dd hh:mm:ss", "DateTime")]
    [InlineData("h:mm AM/PM", "Time")]
    [InlineData("mm:ss", "Time")]
    [InlineData("[h]:mm:ss", "None")]
    [InlineData("General", "None")]
    [InlineData("0.00E+00", "None")]
    [InlineData("#,##0 \"days\"", "None")]
    [InlineData("0\\d", "None")]
    [InlineData("@", "None")]
    [InlineData("[Red]0.00;[Blue]-0.00", "None")]
    // DateFormat is internal: cases name it.
    public void OfCode_TellsDatesFromNumbers(string code, string expected) =>
        Assert.Equal(expected, DateFormats.OfCode(code).ToString());

    [Theory]
    [InlineData(14, "Date")]
    [InlineData(22, "DateTime")]
    [InlineData(21, "Time")]
    [InlineData(0, "None")]
    [InlineData(49, "None")]
    public void BuiltIn_FollowsTheStandard(int id, string expected) => Assert.Equal(expected, DateFormats.BuiltIn(id).ToString());

    [Theory]
    [InlineData(1, false, "1900-01-01")]
    [InlineData(59, false, "1900-02-28")]
    [InlineData(60, false, "1900-02-29")]
    [InlineData(61, false, "1900-03-01")]
    [InlineData(45617, false, "2024-11-21")]
    [InlineData(0, true, "1904-01-01")]
    [InlineData(44155, true, "2024-11-21")]
    public void Text_CountsDaysAsExcelDoes(double days, bool date1904, string expected) =>
        Assert.Equal(expected, DateFormats.Text(days, DateFormat.Date, date1904));

    [Theory]
    [InlineData(-1)]
    [InlineData(2_958_466)]
    [InlineData(double.NaN)]
    public void Text_NoDate_IsNull(double days) => Assert.Null(DateFormats.Text(days, DateFormat.Date, date1904: false));
}
