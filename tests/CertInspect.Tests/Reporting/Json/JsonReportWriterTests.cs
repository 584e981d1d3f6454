
using CertInspect.Reporting.Json;

namespace CertInspect.Tests.Reporting.Json;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new JsonReportWriter());

        GoldenFile.AssertMatches("small-audit.json", written);
    }
}
