using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// The report for people at a terminal: aligned columns, worst device first, each finding under its device, then
/// the input errors and a summary line. Colour only when asked (a terminal without NO_COLOR). This writer holds
/// every device to sort them: bulk audits should write csv or json, which stream.
/// </summary>
/// <param name="useColor">Paint the risk column (a terminal without NO_COLOR).</param>
/// <param name="width">The line width the device rows must fit (the terminal's, or COLUMNS): the text columns are
/// narrowed and their cells cut with an ellipsis, never wrapped. Null: every cell whole (files, pipes, --wide).
/// Finding lines are prose and stay whole.</param>
public sealed class TableReportWriter(bool useColor, int? width = null) : IReportWriter
{
    // It holds every device to sort them, so the summary printed last is counted by that one pass.
    public bool PrintsSummary => false;

    private const string Reset = "\u001b[0m";
    private static readonly string[] _headers = ["RISK", "SERIAL", "NAME", "MODEL", "TYPE", "SITE", "BUILT", "MIC ENDS (PRED.)", "DAYS", "TRUST ENDS", "RULES"];

    // Which columns give up width first when a row does not fit, and the least each keeps: the rule list, the site,
    // the name, the model, the type, then the key column down to a serial's 11 characters (a serial is never cut,
    // a longer "mac:…" or "cert:…" key may be). The dates, days and risk are always whole.
    private static readonly (int Column, int Least)[] _narrowing = [(10, 8), (5, 6), (2, 8), (3, 8), (4, 4), (1, 11)];

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
        if (width is { } fit)
        {
            Narrow(widths, fit);
        }

        if (devices.Count > 0)
        {
            WriteAligned(output, _headers, widths, risk: null);
            for (int i = 0; i < devices.Count; i++)
            {
                WriteAligned(output, rows[i], widths, devices[i].Risk);
                foreach (Finding finding in devices[i].Findings)
                {
                    output.WriteLine($"    {Paint(finding.Severity.ToName(), finding.Severity)} {finding.RuleId}: {finding.Text}");
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

        string byRisk = string.Join(", ", report.SummaryOfEnumeratedDevices.ByRisk.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.SummaryOfEnumeratedDevices.Devices} devices ({byRisk}); {report.SummaryOfEnumeratedDevices.InputErrors} input errors; {report.Inputs.Count} inputs."));
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
            string text = cells[i].Length > widths[i] ? string.Concat(cells[i].AsSpan(0, widths[i] - 1), "…") : cells[i];
            string cell = i == cells.Length - 1 ? text : text.PadRight(widths[i]);
            line.Append(i == 0 && cells[0].Length > 0 && risk is not null ? Paint(cell, risk.Value) : cell);
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    // Takes the excess from the columns in _narrowing, none below its least width; a terminal too narrow for that
    // gets rows longer than its width rather than cut serials.
    private static void Narrow(int[] widths, int fit)
    {
        int excess = widths.Sum() + (2 * (widths.Length - 1)) - fit;
        foreach ((int column, int least) in _narrowing)
        {
            if (excess <= 0)
            {
                return;
            }

            int give = Math.Min(excess, widths[column] - Math.Max(least, _headers[column].Length));
            if (give > 0)
            {
                widths[column] -= give;
                excess -= give;
            }
        }
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
