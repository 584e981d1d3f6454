using System.Globalization;
using System.Net;
using CertInspect.Evidence;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Html;

/// <summary>
/// One self-contained HTML file, the same design for ten devices and a million. First screen, in plain words: how
/// many devices cannot join today, how many more stop by each milestone, and what to do, one fix per rule with its
/// places (site, controller). Then the first ends on a true time axis, the sites, the devices as a table the reader
/// can sort and filter (all of them up to <see cref="DeviceTableLimit"/>, else the most urgent, saying the full
/// list is in the CSV, JSON and xlsx reports), a legend with each rule's detail and remediation once, and the input
/// errors. The headline numbers are the JSON report's outlook. No external scripts, fonts or images; input text is
/// escaped, and the embedded JSON cannot close its script element.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter<Report>
{
    /// <summary>The device table lists every device up to this many, else this many of the most urgent: the page
    /// stays a few megabytes and renders in seconds at a million devices.</summary>
    public const int DeviceTableLimit = 2000;

    /// <summary>Input errors listed on the page; the rest are counted (all are in the CSV and JSON reports).</summary>
    public const int InputErrorLimit = 500;

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        (IReadOnlyList<DeviceReport> devices, int total) = WorstDevices.Select(report.Devices, DeviceTableLimit);
        ReportSummary summary = report.Summary;
        FleetOutlook outlook = summary.Outlook;
        string asOf = Date(report.AsOf);
        Dictionary<string, RuleDefinition> rules = report.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>CertInspect audit as of {asOf}</title>");
        output.WriteLine("<style>" + HtmlPage.Style + "</style></head><body>");
        output.WriteLine($"<h1>Certificate audit as of {asOf}</h1>");
        output.WriteLine($"<p id=\"summary\">{Shown(summary.Devices)} devices, {Shown(summary.InputErrors)} input errors; rules {Html(string.Join(", ", report.RulesVersions))}.</p>");

        HtmlHeadline.Write(output, report, summary);
        if (summary.Devices > 0)
        {
            // A run that read nothing has nothing to do, no timeline and no sites: the headline says why.
            WriteFixes(output, outlook, rules);
            output.WriteLine("<h2>When certificates end</h2>");
            output.WriteLine("<p class=\"note\">Devices per quarter of their first end (the MIC or SUDI, else the MIC predicted from the serial, or the chain above it, whichever ends first).</p>");
            output.WriteLine("<div class=\"scroll\">" + HtmlTimeline.Svg(outlook, report.AsOf, report.Milestones) + "</div>");
            WriteSites(output, outlook);
        }

        output.WriteLine("<h2 id=\"devices-heading\">Devices</h2>");
        if (devices.Count < total)
        {
            output.WriteLine($"<p class=\"note\" id=\"devices-cut\">The {Shown(devices.Count)} most urgent of {Shown(total)} devices are listed here. The full list is in the CSV, JSON or xlsx report (<code>--format csv|json|xlsx</code>).</p>");
        }

        output.WriteLine("<p><label>Filter <input id=\"filter\" type=\"search\" placeholder=\"serial, name, model, site, rule, risk\"></label> <span id=\"shown\"></span></p>");
        output.WriteLine("<div class=\"scroll\"><table id=\"devices\"><thead><tr>");
        foreach ((string key, string label) in HtmlPage.Columns)
        {
            output.WriteLine($"<th data-column=\"{key}\">{label}</th>");
        }

        output.WriteLine("</tr></thead><tbody></tbody></table></div>");
        WriteLegend(output, report.Rules, summary);
        WriteInputErrors(output, report.InputErrors);

        output.Write("<script type=\"application/json\" id=\"data\">");
        output.Write(HtmlDeviceData.Devices(devices, total));
        output.WriteLine("</script>");
        output.Write("<script type=\"application/json\" id=\"rules\">");
        output.Write(HtmlDeviceData.Rules(report.Rules));
        output.WriteLine("</script>");
        output.WriteLine("<script>" + HtmlPage.Script + "</script>");
        output.WriteLine("</body></html>");
    }

    private static void WriteFixes(TextWriter output, FleetOutlook outlook, Dictionary<string, RuleDefinition> rules)
    {
        output.WriteLine("<h2>What to do</h2>");
        if (outlook.Fixes.Count == 0)
        {
            output.WriteLine("<p id=\"no-fixes\">Nothing to fix: no rule fired on any device (devices nothing could be checked on are counted above as unjudged).</p>");
            return;
        }

        // Critical to medium on the first screen; low and info folded below them.
        List<FixGroup> urgent = [.. outlook.Fixes.Where(f => f.Severity >= Severity.Medium)];
        List<FixGroup> minor = [.. outlook.Fixes.Where(f => f.Severity < Severity.Medium)];
        output.WriteLine("<ol id=\"fixes\">");
        WriteFixItems(output, urgent, rules);
        output.WriteLine("</ol>");
        if (minor.Count > 0)
        {
            output.WriteLine($"<details id=\"minor-fixes\"><summary>{Shown(minor.Count)} more, of low or info severity</summary><ol>");
            WriteFixItems(output, minor, rules);
            output.WriteLine("</ol></details>");
        }
    }

    private static void WriteFixItems(TextWriter output, IEnumerable<FixGroup> fixes, Dictionary<string, RuleDefinition> rules)
    {
        foreach (FixGroup fix in fixes)
        {
            RuleDefinition? rule = rules.GetValueOrDefault(fix.RuleId);
            string places = string.Join(" · ", fix.Places.Select(p => $"{Html(p.Place)} <b>{Shown(p.Devices)}</b>"));
            if (fix.OtherPlaces > 0)
            {
                places += $" · and {Shown(fix.OtherPlaces)} more places";
            }

            output.WriteLine($"<li class=\"fix risk-{fix.Severity.ToName()}\" data-rule=\"{Html(fix.RuleId)}\" data-count=\"{Count(fix.Devices)}\">");
            output.WriteLine($"<p><b>{Shown(fix.Devices)} {(fix.Devices == 1 ? "device" : "devices")}</b> <span class=\"sev\">{fix.Severity.ToName()}</span> {Html(rule?.Title ?? fix.RuleId)} <code>{Html(fix.RuleId)}</code></p>");
            output.WriteLine($"<p class=\"places\">{places}</p>");
            if (rule?.Remediation is { } remediation)
            {
                output.WriteLine("<details><summary>How to fix</summary>");
                WriteRemediation(output, remediation);
                output.WriteLine("</details>");
            }

            output.WriteLine("</li>");
        }
    }

    private static void WriteRemediation(TextWriter output, Remediation remediation)
    {
        if (remediation.AireOs is { } aireOs)
        {
            output.WriteLine($"<p><b>AireOS:</b> {Html(aireOs)}</p>");
        }

        if (remediation.Catalyst9800 is { } catalyst9800)
        {
            output.WriteLine($"<p><b>Catalyst 9800:</b> {Html(catalyst9800)}</p>");
        }
    }

    private static void WriteSites(TextWriter output, FleetOutlook outlook)
    {
        output.WriteLine("<h2>Sites</h2>");
        output.WriteLine("<div class=\"scroll\"><table id=\"sites\"><thead><tr><th>Site</th><th>Devices</th><th>Cannot join today</th>");
        foreach (Risk risk in RiskNames.WorstFirst)
        {
            output.Write($"<th>{risk.ToName()}</th>");
        }

        output.WriteLine("</tr></thead><tbody>");
        foreach (SiteRollup site in outlook.Sites)
        {
            output.Write($"<tr><th>{Html(site.Site)}</th><td>{Shown(site.Devices)}</td><td>{Shown(site.CannotJoinToday)}</td>");
            foreach ((Risk _, int count) in site.ByRisk)
            {
                output.Write($"<td>{Shown(count)}</td>");
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</tbody></table></div>");
        if (outlook.OtherSites > 0)
        {
            output.WriteLine($"<p class=\"note\">And {Shown(outlook.OtherSites)} more sites; every device's site is in the CSV, JSON and xlsx reports.</p>");
        }
    }

    // Each rule that fired, once: its detail and remediation, which the device table's findings point to.
    private static void WriteLegend(TextWriter output, IReadOnlyList<RuleDefinition> rules, ReportSummary summary)
    {
        HashSet<string> fired = [.. summary.ByRule.Select(r => r.Key)];
        output.WriteLine("<details id=\"legend\"><summary>Rules that fired: what each means and how to fix it</summary><dl>");
        foreach (RuleDefinition rule in rules.Where(r => fired.Contains(r.Id)))
        {
            output.WriteLine($"<dt><code>{Html(rule.Id)}</code> <span class=\"sev\">{rule.Severity.ToName()}</span> {Html(rule.Title)}</dt><dd>");
            if (rule.Detail is { } detail)
            {
                output.WriteLine($"<p>{Html(detail)}</p>");
            }

            if (rule.Remediation is { } remediation)
            {
                WriteRemediation(output, remediation);
            }

            output.WriteLine($"<p class=\"note\">Sources: {Html(string.Join(", ", rule.Sources))}</p></dd>");
        }

        output.WriteLine("</dl></details>");
    }

    private static void WriteInputErrors(TextWriter output, IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        output.WriteLine($"<h2>Input errors ({Shown(errors.Count)})</h2><ul id=\"input-errors\">");
        foreach (InputError error in errors.Take(InputErrorLimit))
        {
            output.WriteLine($"<li><code>{Html(error.Location.ToString())}</code> {Html(error.Message)}</li>");
        }

        output.WriteLine("</ul>");
        if (errors.Count > InputErrorLimit)
        {
            output.WriteLine($"<p class=\"note\">And {Shown(errors.Count - InputErrorLimit)} more: every input error is in the CSV and JSON reports.</p>");
        }
    }

    // For machines (data attributes): digits only.
    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    // For people: thousands separated (574,261).
    private static string Shown(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
