using CertInspect.Fleet;
using CertInspect.Serials;

namespace CertInspect.Tests.Fleet;

public sealed class MicExpiryPredictorTests
{
    private readonly MicExpiryPredictor _predictor = new(BuiltInRules.Set.Facts.MicLifetime);

    [Theory]
    [InlineData(2014, 37, "2024-09-10")]
    [InlineData(2006, 15, "2016-04-09")]
    [InlineData(2005, 29, "2015-07-16")]
    [InlineData(2017, 26, "2027-06-25")]
    public void Predict_TenYearEra_TenYearsAfterTheWeekStarts(int year, int week, string expected)
    {
        MicExpiryPrediction? prediction = _predictor.Predict(Serial(year, week));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), prediction?.Date);
        Assert.Equal(7, prediction?.UncertaintyDays);
    }

    [Fact]
    public void Predict_FieldCheck_TheMicOfASerialYear10ApEndsWithinTheWeek()
    {
        // Field check cited by the serial-format source: an AP with serial year 10 had a MIC valid 2006-04-15..2016-04-15 (week 15).
        MicExpiryPrediction prediction = _predictor.Predict(Serial(2006, 15))!;

        Assert.InRange(new DateOnly(2016, 4, 15), prediction.Earliest, prediction.Latest);
    }

    [Theory]
    [InlineData(2005, 28)]
    [InlineData(2005, 1)]
    [InlineData(2017, 27)]
    [InlineData(2019, 10)]
    public void Predict_OutsideTheEra_IsNull(int year, int week) => Assert.Null(_predictor.Predict(Serial(year, week)));

    [Fact]
    public void Predict_NotDateCoded_IsNull() => Assert.Null(_predictor.Predict(new SerialNumber("9DSJVQZ7O6I", null, null, "no")));

    [Fact]
    public void DaysLeft_CountsFromTheAsOfDate()
    {
        var prediction = new MicExpiryPrediction(new DateOnly(2027, 1, 22), 7);

        Assert.Equal(62, prediction.DaysLeft(new DateOnly(2026, 11, 21)));
        Assert.Equal(-1, prediction.DaysLeft(new DateOnly(2027, 1, 23)));
    }

    private static SerialNumber Serial(int year, int week) =>
        new($"FOC{year - 1996:D2}{week:D2}A1B2", "FOC", new ManufactureWeek(year, year - 1996, week, 1), null);
}
