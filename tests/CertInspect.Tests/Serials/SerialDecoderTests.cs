using CertInspect.Serials;

namespace CertInspect.Tests.Serials;

public sealed class SerialDecoderTests
{
    private readonly SerialDecoder _decoder = new(BuiltInRules.Set.Facts.SerialFormat, BuiltInRules.Set.Facts.NotDateCoded);

    [Theory]
    [InlineData("FOC1837X1Y2", "FOC", 2014, 18, 37, 9)]
    [InlineData("FCW1844ABCD", "FCW", 2014, 18, 44, 10)]
    [InlineData("FTX1001A2B3", "FTX", 2006, 10, 1, 1)]
    [InlineData("KWC2452R2S3", "KWC", 2020, 24, 52, 12)]
    [InlineData("JAE0005ZZZZ", "JAE", 1996, 0, 5, 1)]
    [InlineData("FGL2131A3JS", "FGL", 2017, 21, 31, 7)]
    [InlineData("SAD1906Q1R2", "SAD", 2015, 19, 6, 2)]
    [InlineData("ABC1853A1B2", "ABC", 2014, 18, 53, 12)]
    public void Decode_DateCodedSerial_GivesFactoryYearWeekAndMonth(string raw, string factory, int year, int yearCode, int week, int month)
    {
        SerialDecoding decoding = _decoder.Decode(raw, model: null);

        SerialNumber serial = Assert.IsType<SerialNumber>(decoding.Serial);
        Assert.Equal(raw, serial.Text);
        Assert.Equal(factory, serial.Location);
        Assert.Equal(new ManufactureWeek(year, yearCode, week, month), serial.Manufactured);
        Assert.Null(serial.NotDateCodedReason);
        Assert.Empty(decoding.Changes);
    }

    [Theory]
    [InlineData("", "empty serial")]
    [InlineData("   ", "empty serial")]
    [InlineData("N/A", "placeholder")]
    [InlineData("n/a", "placeholder")]
    [InlineData("TBD", "placeholder")]
    [InlineData("JAE12345678", "placeholder")]
    [InlineData("FOC1800A1B2", "week 00")]
    [InlineData("FOC1854A1B2", "week 54")]
    [InlineData("FOC1899A1B2", "week 99")]
    [InlineData("FOC1837X1Y", "has 10 characters")]
    [InlineData("FOC1837X1Y2Z", "has 12 characters")]
    [InlineData("FOC18#7X1Y2", "'#' at position 6")]
    [InlineData("FOC-1837-X1Y2", "'-' at position 4")]
    [InlineData("FOC1837X1YO", "'O' at position 11")]
    [InlineData("FOC1837I1Y2", "'I' at position 8")]
    [InlineData("FOCAB37X1Y2", "are not four digits")]
    [InlineData("AB1", "has 3 characters")]
    [InlineData("ABC", "has no digit")]
    [InlineData("PRODUCTSAFFECTED", "has no digit")]
    [InlineData("A1B2C3D4E5F6G7H8I9J0K", "has 21 characters")]
    [InlineData("FOC1837X1Y2\u00e9", "position 12")]
    public void Decode_Malformed_SaysWhy(string raw, string expected)
    {
        SerialDecoding decoding = _decoder.Decode(raw, model: null);

        Assert.Null(decoding.Serial);
        Assert.Contains(expected, decoding.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9DSJVQZ7O6I", null, "does not follow")]
    [InlineData("9DSJVQZ7O6I", "AIR-CTVM-K9", "virtual controllers")]
    [InlineData("FCH1234A1B2", "AIR-CT7510-300-K9", "AIR-CT7510")]
    [InlineData("FAA12345678X", null, "Flextronics")]
    [InlineData("FAA1234567", null, "Flextronics")]
    [InlineData("123456", null, "Cerent")]
    [InlineData("1234567", null, "does not follow")]
    public void Decode_NotDateCoded_IsAcceptedWithTheReason(string raw, string? model, string reason)
    {
        SerialNumber serial = Assert.IsType<SerialNumber>(_decoder.Decode(raw, model).Serial);

        Assert.False(serial.IsDateCoded);
        Assert.Null(serial.Location);
        Assert.Contains(reason, serial.NotDateCodedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ExportNoise_IsNormalisedAndReported()
    {
        SerialDecoding decoding = _decoder.Decode("  \"foc 1837 x1y2\" ", model: null);

        Assert.Equal("FOC1837X1Y2", decoding.Serial?.Text);
        Assert.Equal(
            [SerialNormalizer.Trimmed, SerialNormalizer.Unquoted, SerialNormalizer.Unspaced, SerialNormalizer.UpperCased],
            decoding.Changes);
    }
}
