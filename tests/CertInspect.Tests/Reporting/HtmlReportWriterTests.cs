using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new HtmlReportWriter());

        GoldenFile.AssertMatches("small-audit.html", written);
    }
}
