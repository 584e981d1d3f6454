using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class TableReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new TableReportWriter(useColor: false));

        GoldenFile.AssertMatches("small-audit.txt", written);
    }
}
