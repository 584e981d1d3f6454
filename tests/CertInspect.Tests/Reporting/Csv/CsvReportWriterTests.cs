using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new CsvReportWriter());

        GoldenFile.AssertMatches("small-audit.csv", written);
    }
}
