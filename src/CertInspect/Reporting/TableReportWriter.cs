using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// The report for people at a terminal: aligned columns, worst device first, each finding under its device, then
/// the input errors and a summary line. Colour only when asked (a terminal without NO_COLOR). This writer holds
/// every device to sort them: bulk audits should write csv or json, which stream.
/// </summary>
public sealed class TableReportWriter(bool useColor) : IReportWriter
{
    public bool PrintsSummary => true;

    private const string Reset = "\u001b[0m";
    private static readonly string[] _headers = ["RISK", "SERIAL", "NAME", "MODEL", "TYPE", "SITE", "BUILT", "MIC ENDS (PRED.)", "DAYS", "TRUST ENDS", "RULES"];

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CertInspect audit as of {report.AsOf:yyyy-MM-dd} (rules {string.Join(", ", report.RulesVersions)})"));
        output.WriteLine();

        // Worst first; equal risks keep input order (OrderBy is stable).
        List<DeviceReport> devices = report.Devices.OrderByDescending(d => (int?)d.Risk ?? 0).ToList();
        var rows = devices.Select(Cells).ToList();
        int[] widths = _headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();

        if (devices.Count > 0)
        {
            WriteAligned(output, _headers, widths, risk: null);
            for (int i = 0; i < devices.Count; i++)
            {
                WriteAligned(output, rows[i], widths, devices[i].Risk);
                foreach (Finding finding in devices[i].Findings)
                {
                    output.WriteLine($"    {Paint(finding.Severity.ToName(), finding.Severity)} {finding.RuleId}: {finding.Message}");
                }

                if (devices[i].OkBecause is { } why)
                {
                    output.WriteLine($"    ok: {why}.");
                }
            }

            output.WriteLine();
        }

        if (report.InputErrors.Count > 0)
        {
            output.WriteLine("Input errors:");
            foreach (InputError error in report.InputErrors)
            {
                output.WriteLine($"  {error.Location}: {error.Message}");
            }

            output.WriteLine();
        }

        string byRisk = string.Join(", ", report.RequiredSummary.ByRisk.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.RequiredSummary.Devices} devices ({byRisk}); {report.RequiredSummary.InputErrors} input errors; {report.Inputs.Count} inputs."));
    }

    private static string[] Cells(DeviceReport report) =>
    [
        SeverityNames.RiskName(report.Risk),
        report.Device.Serial?.Text ?? report.Device.Key,
        report.Device.Name ?? string.Empty,
        report.Device.Model ?? string.Empty,
        report.Device.DeviceType ?? string.Empty,
        report.Device.Site ?? string.Empty,
        report.Device.Serial?.Manufactured?.ToString() ?? string.Empty,
        report.Device.PredictedMicExpiry?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        report.MicDaysLeft?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        report.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        string.Join(",", report.Findings.Select(f => f.RuleId).Distinct()),
    ];

    private void WriteAligned(TextWriter output, string[] cells, int[] widths, Severity? risk)
    {
        var line = new System.Text.StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            string cell = i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]);
            line.Append(i == 0 && cells[0].Length > 0 && risk is not null ? Paint(cell, risk.Value) : cell);
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private string Paint(string text, Severity severity)
    {
        if (!useColor)
        {
            return text;
        }

        string color = severity switch
        {
            Severity.Critical => "\u001b[1;31m",
            Severity.High => "\u001b[31m",
            Severity.Medium => "\u001b[33m",
            Severity.Low => "\u001b[36m",
            _ => "\u001b[2m",
        };
        return color + text + Reset;
    }
}
