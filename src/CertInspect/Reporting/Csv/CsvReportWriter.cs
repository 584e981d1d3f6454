using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Reporting.Csv;

/// <summary>
/// One row per device, stable columns (README "CSV report"), then one row per input error with risk "input-error",
/// then the input's uninterpreted columns, headed "extra:NAME" so they can never clash with the fixed ones.
/// Invariant culture; cells from the input are guarded against formulas. A finding is its severity and its own
/// sentence: the rule's detail and remediation are written once, by `certinspect rules --format csv`.
/// </summary>
public sealed class CsvReportWriter : IReportWriter<Report>
{
    public const string InputErrorRisk = "input-error";
    public const string ExtraPrefix = "extra:";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "key", "serial", "name", "model", "family", "device_type", "mac", "site", "factory", "manufactured", "manufactured_month",
        "risk", "rules", "predicted_mic_expiry", "mic_days_left", "certificates", "trust_ends", "trust_days_left",
        "findings", "sources", "notes",
    ];

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        var csv = new CsvRecordWriter(stream);
        foreach (string column in Columns)
        {
            csv.Value(column);
        }

        foreach (string column in report.ExtraColumns)
        {
            csv.Text(ExtraPrefix + column);
        }

        csv.EndRecord();
        foreach (DeviceReport device in report.Devices)
        {
            WriteDevice(csv, device, report.ExtraColumns);
        }

        foreach (InputError error in report.InputErrors)
        {
            for (int column = 0; column < Columns.Count + report.ExtraColumns.Count; column++)
            {
                csv.Text(
                    column == _riskColumn ? InputErrorRisk
                    : column == _findingsColumn ? error.Message
                    : column == _sourcesColumn ? error.Location.ToString()
                    : column == _notesColumn ? error.Text
                    : null);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    // The cells of Columns, in order, then the extra columns.
    private static void WriteDevice(CsvRecordWriter csv, DeviceReport report, IReadOnlyList<string> extraColumns)
    {
        DeviceRecord device = report.Device;
        csv.Text(device.Key.Text);
        csv.Text(device.Serial?.Text);
        csv.Text(device.Name);
        csv.Text(device.Model);
        csv.Text(device.Family?.Name);
        csv.Text(device.DeviceType);
        csv.Text(device.Mac);
        csv.Text(device.Site);
        csv.Text(device.Serial?.Location);
        ManufactureWeek? week = device.Serial?.Manufactured;
        YearAnd(csv, week, "-W"u8, week?.Week); // ManufactureWeek's text: 2014-W37
        YearAnd(csv, week, "-"u8, week?.Month); // 2014-09
        csv.Value(report.Risk.ToName());
        csv.StartCell(guardFormula: false);
        IReadOnlyList<Finding> findings = report.Findings;
        for (int i = 0; i < findings.Count; i++)
        {
            if (report.IsFirstOfItsRule(i))
            {
                if (i > 0)
                {
                    csv.Append(";"u8);
                }

                csv.Append(findings[i].RuleId);
            }
        }

        csv.EndCell();
        csv.Date(device.PredictedMicExpiry?.Date);
        csv.Number(report.MicDaysLeft);
        csv.StartCell(guardFormula: false);
        for (int i = 0; i < device.Certificates.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(";"u8);
            }

            csv.Append(device.Certificates[i].RoleId);
            csv.Append(":"u8);
            csv.Append(device.Certificates[i].Facts.Sha256Fingerprint.AsSpan(0, 11));
        }

        csv.EndCell();
        csv.Date(report.TrustEnds is { } trustEnds ? DateOnly.FromDateTime(trustEnds.UtcDateTime) : null);
        csv.Number(report.TrustDaysLeft);
        csv.StartCell(guardFormula: true);
        for (int i = 0; i < findings.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(" | "u8);
            }

            csv.Append(findings[i].Severity.ToName());
            csv.Append(": "u8);
            csv.Append(findings[i].Message);
        }

        // Why it is ok, or why nothing could be judged (after the stated facts an unjudged device may have).
        if (report.Reason is { } why)
        {
            csv.Append(findings.Count > 0 ? " | "u8 : ""u8);
            csv.Append(report.Risk.ToName());
            csv.Append(": "u8);
            csv.Append(why);
            csv.Append("."u8);
        }

        csv.EndCell();
        csv.StartCell(guardFormula: true);
        for (int i = 0; i < device.Occurrences.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(";"u8);
            }

            // SourceLocation's text: source:line, source:sheet!row for a workbook row, or the source alone.
            SourceLocation location = device.Occurrences[i].Location;
            csv.Append(location.Source);
            if (location.Sheet is { } sheet)
            {
                csv.Append(":"u8);
                csv.Append(sheet);
            }

            if (location.Line is { } line)
            {
                csv.Append(location.Sheet is null ? ":"u8 : "!"u8);
                csv.Append(line);
            }
        }

        csv.EndCell();
        csv.StartCell(guardFormula: true);
        for (int i = 0; i < device.Notes.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(" | "u8);
            }

            csv.Append(device.Notes[i]);
        }

        csv.EndCell();
        foreach (string column in extraColumns)
        {
            csv.Text(ExtraValue(device.Extra, column));
        }

        csv.EndRecord();
    }

    // The week's year, then the separator and a two-digit number; empty without a week.
    private static void YearAnd(CsvRecordWriter csv, ManufactureWeek? week, ReadOnlySpan<byte> separator, int? number)
    {
        csv.StartCell(guardFormula: false);
        if (week is not null && number is { } value)
        {
            csv.Append(week.Year, digits: 4);
            csv.Append(separator);
            csv.Append(value, digits: 2);
        }

        csv.EndCell();
    }

    private static string? ExtraValue(IReadOnlyList<KeyValuePair<string, string>> extra, string column)
    {
        foreach ((string key, string value) in extra)
        {
            if (string.Equals(key, column, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static readonly int _riskColumn = Index("risk");
    private static readonly int _findingsColumn = Index("findings");
    private static readonly int _sourcesColumn = Index("sources");
    private static readonly int _notesColumn = Index("notes");

    private static int Index(string column) => Columns.ToList().IndexOf(column);
}
