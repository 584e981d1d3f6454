using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// One row per device, stable columns (README "CSV report"), then one row per input error with risk "input-error",
/// then the input's uninterpreted columns, headed "extra:NAME" so they can never clash with the fixed ones.
/// Invariant culture; cells from the input are guarded against formulas. A finding is its severity and its own
/// sentence: the rule's detail and remediation are written once, by `certinspect rules --format csv`.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public bool PrintsSummary => false;

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
        CsvCell.WriteRow(output, Columns.Select(CsvCell.Value).Concat(report.ExtraColumns.Select(c => CsvCell.Text(ExtraPrefix + c))));

        foreach (DeviceReport device in report.Devices)
        {
            CsvCell.WriteRow(output, DeviceCells(device, report.ExtraColumns));
        }

        foreach (InputError error in report.InputErrors)
        {
            var cells = new string[Columns.Count + report.ExtraColumns.Count];
            Array.Fill(cells, string.Empty);
            cells[_riskColumn] = InputErrorRisk;
            cells[_findingsColumn] = CsvCell.Text(error.Message);
            cells[_sourcesColumn] = CsvCell.Text(error.Location.ToString());
            cells[_notesColumn] = CsvCell.Text(error.Text);
            CsvCell.WriteRow(output, cells);
        }
    }

    private static IEnumerable<string> DeviceCells(DeviceReport report, IReadOnlyList<string> extraColumns)
    {
        DeviceRecord device = report.Device;
        ManufactureWeekCells(device, out string week, out string month);
        string[] cells =
        [
            CsvCell.Text(device.Key),
            CsvCell.Text(device.Serial?.Text),
            CsvCell.Text(device.Name),
            CsvCell.Text(device.Model),
            CsvCell.Text(device.Family?.Name),
            CsvCell.Text(device.DeviceType),
            CsvCell.Text(device.Mac),
            CsvCell.Text(device.Site),
            CsvCell.Text(device.Serial?.Location),
            CsvCell.Value(week),
            CsvCell.Value(month),
            CsvCell.Value(SeverityNames.RiskName(report.Risk)),
            CsvCell.Value(string.Join(";", report.Findings.Select(f => f.RuleId).Distinct())),
            CsvCell.Value(device.PredictedMicExpiry?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CsvCell.Value(report.MicDaysLeft?.ToString(CultureInfo.InvariantCulture)),
            CsvCell.Value(string.Join(";", device.Certificates.Select(c => $"{c.RoleId}:{c.Facts.Sha256Fingerprint[..11]}"))),
            CsvCell.Value(report.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CsvCell.Value(report.TrustDaysLeft?.ToString(CultureInfo.InvariantCulture)),
            CsvCell.Text(report.OkBecause is { } why ? $"ok: {why}." : string.Join(" | ", report.Findings.Select(f => $"{f.Severity.ToName()}: {f.Message}"))),
            CsvCell.Text(string.Join(";", device.Occurrences.Select(o => o.Location.ToString()))),
            CsvCell.Text(string.Join(" | ", device.Notes)),
        ];

        return cells.Concat(extraColumns.Select(column => CsvCell.Text(
            device.Extra.FirstOrDefault(pair => string.Equals(pair.Key, column, StringComparison.Ordinal)).Value)));
    }

    private static void ManufactureWeekCells(DeviceRecord device, out string week, out string month)
    {
        week = device.Serial?.Manufactured?.ToString() ?? string.Empty;
        month = device.Serial?.Manufactured is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"{w.Year:D4}-{w.Month:D2}")
            : string.Empty;
    }

    private static readonly int _riskColumn = Index("risk");
    private static readonly int _findingsColumn = Index("findings");
    private static readonly int _sourcesColumn = Index("sources");
    private static readonly int _notesColumn = Index("notes");

    private static int Index(string column) => Columns.ToList().IndexOf(column);
}
