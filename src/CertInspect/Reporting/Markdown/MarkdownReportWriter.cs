using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Markdown;

/// <summary>
/// The report for pasting into a ticket: a summary line, the devices worst first as a Markdown table, each device's
/// findings (its own sentence and evidence; a remediation only where it was narrowed to the controller in use), a
/// legend with each fired rule's detail and both platforms' remediation once, then the input errors. Like the table,
/// it holds every device to sort.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter<Report>
{
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        List<DeviceReport> devices = [.. report.Devices.OrderByDescending(d => d.Risk)];
        ReportSummary summary = report.Summary;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## CertInspect audit as of {report.AsOf:yyyy-MM-dd}"));
        output.WriteLine();
        string byRisk = string.Join(", ", summary.ByRisk.Where(p => p.Value > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.ToName()} {p.Value}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(summary.Devices, "device")} ({byRisk}); {Counted.Of(summary.InputErrors, "input error")}; rules {string.Join(", ", report.RulesVersions)}."));
        output.WriteLine();
        output.WriteLine(MarkdownText.Inline(summary.Devices == 0 ? NothingRead.Sentence(report) : $"Verdict: {AuditVerdict.Describe(summary, report.AsOf)}."));
        output.WriteLine();

        output.WriteLine("| Risk | Serial | Name | Model | Type | Site | Built | MIC ends (predicted) | Trust ends | Rules |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (DeviceReport device in devices)
        {
            output.WriteLine("| " + string.Join(" | ", new[]
            {
                device.Risk.ToName(),
                device.Device.Serial?.Text ?? device.Device.Key.Text,
                device.Device.Name ?? string.Empty,
                device.Device.Model ?? string.Empty,
                device.Device.DeviceType ?? string.Empty,
                device.Device.Site ?? string.Empty,
                device.Device.Serial?.Manufactured?.ToString() ?? string.Empty,
                device.Device.PredictedMicExpiry?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                device.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join(", ", device.Findings.Select(f => f.RuleId).Distinct()),
            }.Select(MarkdownText.Cell)) + " |");
        }

        output.WriteLine();
        output.WriteLine("### Findings");
        foreach (DeviceReport device in devices.Where(d => d.Findings.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"#### {MarkdownText.Inline(device.Device.Serial?.Text ?? device.Device.Key.Text)}{(device.Device.Name is { } name ? $" ({MarkdownText.Inline(name)})" : string.Empty)}");
            output.WriteLine();
            foreach (Finding finding in device.Findings)
            {
                output.WriteLine($"- **{finding.Severity.ToName()}** `{finding.RuleId}`: {MarkdownText.Inline(finding.Message)}");
                if (!finding.RemediationIsTheRules)
                {
                    WriteRemediation(output, finding.Remediation, "  ");
                }

                output.WriteLine($"  - Evidence: {string.Join(", ", finding.Evidence.Select(e => $"`{e.Location}`"))}");
            }
        }

        List<DeviceReport> unjudged = [.. devices.Where(d => d.Risk == Risk.Unjudged)];
        if (unjudged.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("### Unjudged: nothing could be checked");
            output.WriteLine();
            foreach (DeviceReport device in unjudged)
            {
                output.WriteLine($"- `{MarkdownText.Inline(device.Device.Serial?.Text ?? device.Device.Key.Text)}`: {MarkdownText.Inline(device.Reason ?? string.Empty)}");
            }
        }

        WriteLegend(output, report.Rules, summary);

        if (report.InputErrors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("### Input errors");
            output.WriteLine();
            foreach (InputError error in report.InputErrors)
            {
                output.WriteLine($"- `{error.Location}`: {MarkdownText.Inline(error.Message)}");
            }
        }
    }

    // Each rule that fired, once: what it means and how to fix it; the findings above name it.
    private static void WriteLegend(TextWriter output, IReadOnlyList<RuleDefinition> rules, ReportSummary summary)
    {
        HashSet<string> fired = [.. summary.ByRule.Select(r => r.Key)];
        if (fired.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("### Rules");
        foreach (RuleDefinition rule in rules.Where(r => fired.Contains(r.Id)))
        {
            output.WriteLine();
            output.WriteLine($"- `{rule.Id}` ({rule.Severity.ToName()}): {MarkdownText.Inline(rule.Title)}.{(rule.Detail is { } detail ? " " + MarkdownText.Inline(detail) : string.Empty)}");
            if (rule.Remediation is { } remediation)
            {
                WriteRemediation(output, remediation, "  ");
            }
        }
    }

    private static void WriteRemediation(TextWriter output, Remediation remediation, string indent)
    {
        if (remediation.AireOs is { } aireOs)
        {
            output.WriteLine($"{indent}- AireOS: {MarkdownText.Inline(aireOs)}");
        }

        if (remediation.Catalyst9800 is { } catalyst9800)
        {
            output.WriteLine($"{indent}- Catalyst 9800: {MarkdownText.Inline(catalyst9800)}");
        }
    }
}
