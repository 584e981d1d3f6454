using CertInspect.Reporting;

namespace CertInspect.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new JsonReportWriter());

        GoldenFile.AssertMatches("small-audit.json", written);
    }
}
