
using CertInspect.Reporting.Markdown;

namespace CertInspect.Tests.Reporting.Markdown;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new MarkdownReportWriter());

        GoldenFile.AssertMatches("small-audit.md", written);
    }
}
