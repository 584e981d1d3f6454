using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Reporting;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new HtmlReportWriter());

        GoldenFile.AssertMatches("small-audit.html", written);
    }

    [Fact]
    public void Write_MoreDevicesThanTheTableHolds_ListsTheMostUrgent_SaysWhereTheRestAre_CountsThemAll()
    {
        int devices = HtmlReportWriter.DeviceTableLimit + 150;

        // 150 APs built in 2014-W37 (critical: MIC ended) after the rest (2018, after the MIC era: ok), so the most urgent are last in the input.
        IEnumerable<InventoryObservation> rows = Enumerable.Range(0, devices).Select(i =>
        {
            string serial = string.Create(CultureInfo.InvariantCulture, $"FOC{(i < HtmlReportWriter.DeviceTableLimit ? "2220" : "1837")}{i:D4}");
            return new InventoryObservation(new SourceLocation("fleet.csv", i + 2), serial, serial, null, "AIR-AP2802I-E-K9", null, "HQ", []);
        });
        using AuditResult result = new Auditor(BuiltInRules.Set).Run(rows, new EvaluationContext(new DateOnly(2026, 11, 21), [90, 365]));
        var writer = new HtmlReportWriter();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(result.ReportFor(writer), output);
        string page = output.ToString();

        Assert.Contains($"The 2,000 most urgent of 2,150 devices are listed here. The full list is in the CSV, JSON or xlsx report", page, StringComparison.Ordinal);
        Assert.Contains("data-headline=\"cannot-join-today\" data-count=\"150\"", page, StringComparison.Ordinal);
        using JsonDocument data = JsonDocument.Parse(EmbeddedData().Match(page).Groups["json"].Value);
        JsonElement listed = data.RootElement.GetProperty("devices");
        Assert.Equal(devices, data.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HtmlReportWriter.DeviceTableLimit, listed.GetArrayLength());
        Assert.Equal(150, listed.EnumerateArray().Count(d => d.GetProperty("risk").GetString() == "critical"));
        Assert.All(listed.EnumerateArray().Take(150), d => Assert.Equal("critical", d.GetProperty("risk").GetString()));
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex EmbeddedData();
}
