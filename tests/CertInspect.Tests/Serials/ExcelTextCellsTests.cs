using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class ExcelTextCellsTests
{
    [Theory]
    [InlineData("HQ-AP-01,=\"FGL1844K9P7\",x", ',', "HQ-AP-01,\"FGL1844K9P7\",x")]
    [InlineData("=\"FGL1844K9P7\";=\"00123E45\"", ';', "\"FGL1844K9P7\";\"00123E45\"")]
    [InlineData("\"a =\"\"b\"\"\",c", ',', "\"a =\"\"b\"\"\",c")]
    [InlineData("x=\"y\",z", ',', "x=\"y\",z")]
    public void Rewrite_ExcelTextCell_BecomesAQuotedField(string line, char separator, string expected)
    {
        Assert.Equal(expected, ExcelTextCells.Rewrite(line, separator));
    }

    [Fact]
    public void Read_ThroughTheReader_RewritesEveryLine()
    {
        using var reader = new ExcelTextCells(new StringReader("Serial,Name\n=\"FGL1844K9P7\",a\n"), ',');

        Assert.Equal("Serial,Name\n\"FGL1844K9P7\",a\n", reader.ReadToEnd());
    }
}
