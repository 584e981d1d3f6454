
using CertInspect.Reporting.Table;

namespace CertInspect.Tests.Reporting.Table;

public sealed class TableReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new TableReportWriter(useColor: false));

        GoldenFile.AssertMatches("small-audit.txt", written);
    }
}
