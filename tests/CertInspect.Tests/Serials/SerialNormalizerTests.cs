using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class SerialNormalizerTests
{
    [Theory]
    [InlineData("FOC1837X1Y2", "FOC1837X1Y2", new string[0])]
    [InlineData(" FOC1837X1Y2\t", "FOC1837X1Y2", new[] { SerialNormalizer.Trimmed })]
    [InlineData("'FOC1837X1Y2'", "FOC1837X1Y2", new[] { SerialNormalizer.Unquoted })]
    [InlineData("\"'FOC1837X1Y2'\"", "FOC1837X1Y2", new[] { SerialNormalizer.Unquoted })]
    [InlineData("\u201CFOC1837X1Y2\u201D", "FOC1837X1Y2", new[] { SerialNormalizer.Unquoted })]
    [InlineData("FOC 1837\u00a0X1Y2", "FOC1837X1Y2", new[] { SerialNormalizer.Unspaced })]
    [InlineData("foc1837x1y2", "FOC1837X1Y2", new[] { SerialNormalizer.UpperCased })]
    [InlineData("\"", "\"", new string[0])]
    [InlineData("", "", new string[0])]
    public void Normalize_ReportsEachChange(string raw, string expected, string[] changes)
    {
        (string text, IReadOnlyList<string> reported) = SerialNormalizer.Normalize(raw);

        Assert.Equal(expected, text);
        Assert.Equal(changes, reported);
    }
}
