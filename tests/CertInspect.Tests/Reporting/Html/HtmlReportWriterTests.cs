using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Reporting.Html;
using CertInspect.Rules;

namespace CertInspect.Tests.Reporting.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Write_SmallAudit_MatchesGolden()
    {
        string written = SmallAudit.WrittenBy(new HtmlReportWriter());

        GoldenFile.AssertMatches("small-audit.html", written);
    }

    // Regression (issue 26, point 9): the chart's dashed CA lines said only their date.
    [Fact]
    public void Write_ChartsCaEnds_AsLinesThatNameTheirCa()
    {
        string written = SmallAudit.WrittenBy(new HtmlReportWriter());

        string[] labels = [.. MilestoneLabel().Matches(written).Select(m => m.Groups["text"].Value)];

        Assert.Equal(["2029-05-14: Cisco Root CA 2048 and the CAs under it end", "2033-11-18: Cisco Root CA M1 and the CAs under it end"], labels);
        Assert.Contains("<text class=\"milestone-label\" x=\"937.3\" y=\"48\" text-anchor=\"end\">2033-11-18:", written, StringComparison.Ordinal);
    }

    // Regression (issue 26, point 9): at 1400 px dates and PIDs broke inside the value ("2024-/09-10").
    [Fact]
    public void Write_DeviceTable_KeepsEveryValueButTheFindingsOnOneLine()
    {
        string written = SmallAudit.WrittenBy(new HtmlReportWriter());

        Assert.Contains("#devices td:not(:last-child){white-space:nowrap}", written, StringComparison.Ordinal);
        Assert.Contains("var columns = ['risk', 'serial', 'name', 'model', 'site', 'built', 'micEnds', 'trustEnds', 'findings'];", written, StringComparison.Ordinal);
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
        writer.Write(result.Report, output);
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

    [GeneratedRegex("<text class=\"milestone-label\"[^>]*>(?<text>[^<]*)</text>")]
    private static partial Regex MilestoneLabel();
}
