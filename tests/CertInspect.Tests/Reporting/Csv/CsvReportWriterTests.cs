
using CertInspect.Reporting.Csv;

namespace CertInspect.Tests.Reporting.Csv;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new CsvReportWriter());

        GoldenFile.AssertMatches("small-audit.csv", written);
    }
}
