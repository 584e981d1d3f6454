
using CertInspect.Reporting.Csv;

namespace CertInspect.Tests.Reporting.Csv;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_QuotesAndNeutralisesFormulas(string? value, string expected) => Assert.Equal(expected, CsvCell.Text(value));

    [Theory]
    [InlineData("-746", "-746")]
    [InlineData("2024-09-10", "2024-09-10")]
    public void Value_LeavesOwnValuesAlone(string value, string expected) => Assert.Equal(expected, CsvCell.Value(value));
}
