using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Table;

/// <summary>
/// The report for people at a terminal: aligned columns, worst device first, each finding under its device, then
/// the input errors and a summary line. Colour only when asked (a terminal without NO_COLOR). This writer holds
/// every device to sort them: bulk audits should write csv or json, which stream.
/// </summary>
/// <param name="useColor">Paint the risk column (a terminal without NO_COLOR).</param>
/// <param name="width">The line width to fit (the terminal's, or COLUMNS): the device rows leave out whole columns
/// (<see cref="TableLayout"/>) and say which, and prose lines wrap with a hanging indent. Null: every column whole and
/// every line unwrapped (files, pipes, --wide).</param>
public sealed class TableReportWriter(bool useColor, int? width = null) : IReportWriter<Report>
{
    private const string Reset = "\u001b[0m";
    private const int KeyColumn = 1;
    private const int RulesColumn = 10;
    private static readonly string[] _headers = ["RISK", "DEVICE", "NAME", "MODEL", "TYPE", "SITE", "BUILT", "MIC ENDS (PRED.)", "DAYS", "TRUST ENDS", "RULES"];

    // The columns that give way to a narrow terminal, first to go first, after the columns empty for every row: type,
    // site, model, name, then the rule list (each rule is spelt out under the row). Risk, device, the dates and days
    // stay unless empty.
    private static readonly int[] _giveWay = [4, 5, 3, 2, RulesColumn];

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteProse(output, string.Create(
            CultureInfo.InvariantCulture,
            $"CertInspect audit as of {report.AsOf:yyyy-MM-dd} (rules {string.Join(", ", report.RulesVersions)})"), string.Empty, 2);
        output.WriteLine();

        // Worst first; equal risks keep input order (OrderBy is stable).
        List<DeviceReport> devices = report.Devices.OrderByDescending(d => d.Risk).ToList();
        var rows = devices.Select(Cells).ToList();
        int keyLeast = devices.Select(d => d.Device.Serial?.Text.Length ?? 0).DefaultIfEmpty(0).Max();
        TableLayout layout = TableLayout.Fit(_headers, rows, _giveWay, KeyColumn, keyLeast, width);
        if (devices.Count > 0)
        {
            WriteAligned(output, _headers, layout, risk: null);
            for (int i = 0; i < devices.Count; i++)
            {
                WriteAligned(output, rows[i], layout, devices[i].Risk);
                foreach (Finding finding in devices[i].Findings)
                {
                    WriteFinding(output, finding);
                }

                if (devices[i].Reason is { } why)
                {
                    WriteProse(output, $"{devices[i].Risk.ToName()}: {why}.", "    ", 8);
                }
            }

            // A column empty for every row has nothing to leave out.
            string[] leftOut = [.. _headers.Where((_, i) => !layout.Shows(i) && rows.Any(r => r[i].Length > 0)).Select(h => h.ToLowerInvariant())];
            if (leftOut.Length > 0)
            {
                WriteProse(output, string.Create(CultureInfo.InvariantCulture, $"Left out to fit {width} columns: {string.Join(", ", leftOut)} (--wide shows every column)."), string.Empty, 2);
            }

            output.WriteLine();
        }

        if (report.InputErrors.Count > 0)
        {
            output.WriteLine("Input errors:");
            foreach (InputError error in report.InputErrors)
            {
                WriteProse(output, $"{error.Location}: {error.Message}", "  ", 6);
            }

            output.WriteLine();
        }

        ReportSummary summary = report.Summary;
        string byRisk = string.Join(", ", summary.ByRisk.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.ToName()} {p.Value}")));
        WriteProse(output, string.Create(
            CultureInfo.InvariantCulture,
            $"{Counted.Of(summary.Devices, "device")} ({byRisk}); {Counted.Of(summary.InputErrors, "input error")}; {Counted.Of(report.Inputs.Count, "input")}."), string.Empty, 2);

        // The last line on a terminal: the verdict in words and where the report is (this table, above it), or why
        // there is none.
        WriteProse(output, summary.Devices == 0 ? NothingRead.Sentence(report) : $"Verdict: {AuditVerdict.Describe(summary, report.AsOf, report.AsOfIsToday)}; the report is above.", string.Empty, 2);
    }

    private static string[] Cells(DeviceReport report) =>
    [
        report.Risk.ToName(),
        KnownAs(report.Device),

        // A device without a serial is known by its name, in the column before.
        report.Device.Serial is null ? string.Empty : report.Device.Name ?? string.Empty,
        report.Device.Model ?? string.Empty,
        report.Device.DeviceType ?? string.Empty,
        report.Device.Site ?? string.Empty,
        report.Device.Serial?.Manufactured?.ToString() ?? string.Empty,
        report.Device.PredictedMicExpiry?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        report.PredictedMicDaysLeft?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        report.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        string.Join(",", report.Findings.Select(f => f.RuleId).Distinct()),
    ];

    // What the device is known by, never an internal key ("mac:…", "name:…", "capture:FILE:LINE"): its serial, else
    // its name, else its MAC, else its certificate's name, else where a capture shows it.
    private static string KnownAs(DeviceRecord device) =>
        device.Serial?.Text ?? device.Name ?? device.Mac
        ?? device.Certificates.Select(c => c.Facts.Subject.CommonName).FirstOrDefault(n => n is not null)
        ?? (device.Capture is { Contexts.Count: > 0 } capture ? capture.Contexts[0] : null)
        ?? device.Key.Label;

    private void WriteAligned(TextWriter output, string[] cells, TableLayout layout, Risk? risk)
    {
        var line = new System.Text.StringBuilder();
        int lastShown = Enumerable.Range(0, cells.Length).Last(layout.Shows);
        for (int i = 0; i <= lastShown; i++)
        {
            if (!layout.Shows(i))
            {
                continue;
            }

            int columnWidth = layout.Widths[i];
            string text = cells[i].Length > columnWidth ? string.Concat(cells[i].AsSpan(0, columnWidth - 1), "…") : cells[i];
            string cell = i == lastShown ? text : text.PadRight(columnWidth);
            line.Append(i == 0 && cells[0].Length > 0 && risk is not null ? Paint(cell, risk.Value) : cell);
            if (i < lastShown)
            {
                line.Append(' ', TableLayout.Gap);
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    // "    critical rule.id: text", wrapped under the rule id's indent; the severity is painted once wrapped, so that
    // its colour codes take no room.
    private void WriteFinding(TextWriter output, Finding finding)
    {
        string severity = finding.Severity.ToName();
        const string Indent = "    ";
        bool first = true;
        foreach (string line in HangingIndent.Wrap(Indent, $"{severity} {finding.RuleId}: {finding.Text}", 8, width))
        {
            output.WriteLine(first ? Indent + Paint(severity, finding.Severity) + line[(Indent.Length + severity.Length)..] : line);
            first = false;
        }
    }

    private void WriteProse(TextWriter output, string text, string indent, int hanging)
    {
        foreach (string line in HangingIndent.Wrap(indent, text, hanging, width))
        {
            output.WriteLine(line);
        }
    }

    private string Paint(string text, Severity severity) => Paint(text, severity.ToRisk());

    private string Paint(string text, Risk risk)
    {
        if (!useColor || risk == Risk.Ok)
        {
            return text;
        }

        string color = risk switch
        {
            Risk.Critical => "\u001b[1;31m",
            Risk.High => "\u001b[31m",
            Risk.Medium => "\u001b[33m",
            Risk.Low => "\u001b[36m",
            Risk.Unjudged => "\u001b[35m",
            _ => "\u001b[2m",
        };
        return color + text + Reset;
    }
}
