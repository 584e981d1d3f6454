using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Xlsx;

/// <summary>
/// The audit as an Excel workbook (README "xlsx"): Summary (the outlook and the counts, the tab it opens on),
/// Devices, Findings (one row per finding), Input errors and Rules (each rule's detail and remediation, once). Every
/// sheet has a frozen, filtered header row and set column widths; dates are dates, risks and severities coloured.
/// Written streaming (the devices are read twice: once for Devices, which counts the summary, once for Findings;
/// the Rules and Summary sheets, which print counts, come after); a sheet past Excel's
/// 1,048,576 rows continues in "NAME (2)", and <see cref="Continued"/> and the Summary say so.
/// </summary>
public sealed class XlsxReportWriter
{
    private readonly int _maxRows;
    private readonly List<string> _continued = [];

    /// <param name="maxRows">Rows per sheet, the header included; Excel's limit unless a test wants fewer.</param>
    public XlsxReportWriter(int maxRows = XlsxSheet.MaxRows) => _maxRows = maxRows;

    /// <summary>Sheets that passed Excel's row limit, each with the sheets it continued in; empty when none did.</summary>
    public IReadOnlyList<string> Continued => _continued;

    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        _continued.Clear();
        using var workbook = new XlsxWorkbook(output, _maxRows);
        Track(WriteDevices(workbook, report));
        Track(WriteFindings(workbook, report));
        Track(WriteInputErrors(workbook, report.InputErrors));
        Track(WriteRules(workbook, report));
        WriteSummary(workbook, report);
        workbook.Finish("Summary");
    }

    private void Track((string Name, IReadOnlyList<string> Parts, long Rows) sheet)
    {
        if (sheet.Parts.Count > 1)
        {
            _continued.Add(string.Create(CultureInfo.InvariantCulture, $"{sheet.Name}: {sheet.Rows:N0} rows, more than one sheet holds ({_maxRows - 1:N0}); continued in {string.Join(", ", sheet.Parts.Skip(1).Select(p => $"'{p}'"))}"));
        }
    }

    private static (string, IReadOnlyList<string>, long) WriteDevices(XlsxWorkbook workbook, Report report)
    {
        XlsxColumn[] columns =
        [
            new("Risk", 10), new("Serial", 14), new("Name", 22), new("Model", 22), new("Family", 26), new("Type", 11),
            new("MAC", 18), new("Site", 18), new("Factory", 8), new("Built", 10), new("First end", 12), new("MIC ends", 12),
            new("MIC days left", 9), new("Trust ends", 12), new("Trust days left", 9), new("Rules", 40), new("Findings", 9),
            new("Why ok or unjudged", 40), new("Rows", 40), new("Key", 24), .. report.ExtraColumns.Select(c => new XlsxColumn(c, 16)),
        ];
        using XlsxSheet sheet = workbook.StartSheet("Devices", columns);
        foreach (DeviceReport device in report.Devices)
        {
            string risk = device.Risk.ToName();
            sheet.StartRow();
            sheet.Text(risk, XlsxStyles.ForRisk(risk));
            sheet.Text(device.Device.Serial?.Text);
            sheet.Text(device.Device.Name);
            sheet.Text(device.Device.Model);
            sheet.Text(device.Device.Family?.Name);
            sheet.Text(device.Device.DeviceType);
            sheet.Text(device.Device.Mac);
            sheet.Text(device.Device.Site);
            sheet.Text(device.Device.Serial?.Location);
            sheet.Text(device.Device.Serial?.Manufactured?.ToString());
            sheet.Date(device.FirstEnd);
            sheet.Date(device.MicEnds);
            sheet.Number(device.MicDaysLeft);
            sheet.Date(device.TrustEnds is { } trust ? DateOnly.FromDateTime(trust.UtcDateTime) : null);
            sheet.Number(device.TrustDaysLeft);
            sheet.Text(string.Join(", ", device.Findings.Select(f => f.RuleId).Distinct()));
            sheet.Number(device.Findings.Count);
            sheet.Text(device.Reason);
            sheet.Text(string.Join("; ", device.Device.Occurrences.Select(o => o.Location.ToString())));
            sheet.Text(device.Device.Key.Text);
            foreach (string column in report.ExtraColumns)
            {
                sheet.Text(device.Device.Extra.FirstOrDefault(p => string.Equals(p.Key, column, StringComparison.Ordinal)).Value);
            }

            sheet.EndRow();
        }

        return (sheet.Name, sheet.Parts, sheet.DataRows);
    }

    private static (string, IReadOnlyList<string>, long) WriteFindings(XlsxWorkbook workbook, Report report)
    {
        using XlsxSheet sheet = workbook.StartSheet("Findings",
        [
            new("Serial", 14), new("Name", 22), new("Site", 18), new("Severity", 10), new("Rule", 30), new("Message", 90),
            new("Evidence", 50), new("Remediation for the controller in use", 60), new("Key", 24),
        ]);
        foreach (DeviceReport device in report.Devices)
        {
            foreach (Finding finding in device.Findings)
            {
                string severity = finding.Severity.ToName();
                sheet.StartRow();
                sheet.Text(device.Device.Serial?.Text);
                sheet.Text(device.Device.Name);
                sheet.Text(device.Device.Site);
                sheet.Text(severity, XlsxStyles.ForRisk(severity));
                sheet.Text(finding.RuleId);
                sheet.Text(finding.Message);
                sheet.Text(string.Join("; ", finding.Evidence.Select(e => $"{e.Location}: {e.Text}")));
                sheet.Text(finding.RemediationIsTheRules ? null : string.Join(" ", new[] { finding.Remediation.AireOs, finding.Remediation.Catalyst9800 }.OfType<string>()));
                sheet.Text(device.Device.Key.Text);
                sheet.EndRow();
            }
        }

        return (sheet.Name, sheet.Parts, sheet.DataRows);
    }

    private static (string, IReadOnlyList<string>, long) WriteInputErrors(XlsxWorkbook workbook, IReadOnlyList<InputError> errors)
    {
        using XlsxSheet sheet = workbook.StartSheet("Input errors", [new("Source", 40), new("Line", 8), new("Message", 90), new("Text", 60)]);
        foreach (InputError error in errors)
        {
            sheet.StartRow();
            sheet.Text(error.Location.Cited);
            sheet.Number(error.Location.Line);
            sheet.Text(error.Message);
            sheet.Text(error.Text);
            sheet.EndRow();
        }

        return (sheet.Name, sheet.Parts, sheet.DataRows);
    }

    private static (string, IReadOnlyList<string>, long) WriteRules(XlsxWorkbook workbook, Report report)
    {
        Dictionary<string, int> fired = report.Summary.ByRule.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        using XlsxSheet sheet = workbook.StartSheet("Rules",
        [
            new("Rule", 30), new("Severity", 10), new("Devices", 9), new("Title", 60), new("Detail", 80), new("AireOS", 80),
            new("Catalyst 9800", 80), new("Sources", 30),
        ]);
        foreach (RuleDefinition rule in report.Rules)
        {
            string severity = rule.Severity.ToName();
            sheet.StartRow();
            sheet.Text(rule.Id);
            sheet.Text(severity, XlsxStyles.ForRisk(severity));
            sheet.Number(fired.GetValueOrDefault(rule.Id));
            sheet.Text(rule.Title);
            sheet.Text(rule.Detail);
            sheet.Text(rule.Remediation?.AireOs);
            sheet.Text(rule.Remediation?.Catalyst9800);
            sheet.Text(string.Join(", ", rule.Sources));
            sheet.EndRow();
        }

        return (sheet.Name, sheet.Parts, sheet.DataRows);
    }

    private void WriteSummary(XlsxWorkbook workbook, Report report)
    {
        ReportSummary summary = report.Summary;
        FleetOutlook outlook = summary.Outlook;
        using XlsxSheet sheet = workbook.StartSheet("Summary", [new("What", 46), new("Devices", 12), new("Detail", 100)]);
        void Line(string what, long? devices, string? detail = null, XlsxStyle style = XlsxStyle.Default)
        {
            sheet.StartRow();
            sheet.Text(what, style);
            sheet.Number(devices);
            sheet.Text(detail);
            sheet.EndRow();
        }

        Line($"Audit as of {report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", summary.Devices, $"rules {string.Join(", ", report.RulesVersions)}");
        Line("Input errors", summary.InputErrors, "sheet 'Input errors'");
        if (summary.Devices == 0)
        {
            // A run that read no device draws no verdict.
            Line("Nothing was read", 0, NothingRead.Why(report) + "; no verdict is drawn", XlsxStyle.Critical);
        }
        else
        {
            string asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Line($"APs that cannot join on {asOf}", outlook.CannotJoinToday, "on a controller that enforces MIC validity: their MIC, SUDI or SSC, or the MIC predicted from the serial, has ended, or the evidence shows the join failing", XlsxStyle.Critical);
            Line("  of them, predicted from the serial alone", outlook.CannotJoinPredicted, "no certificate of theirs was given: the MIC end is predicted from the serial's manufacture week (FN-63942)");
            foreach (MilestoneCount stop in outlook.StopBy)
            {
                Line($"In all stop by {stop.Milestone.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", stop.Devices, $"{stop.Milestone.Label}: a running total from {asOf}, which includes the lines above it; do not add them up", XlsxStyle.High);
            }

            Line("APs with no known end", outlook.NoEndKnown, "no certificate in the run and no date in the serial");
            Line("Devices of unknown kind", outlook.UnknownKind, $"nothing in the evidence says what they are, so they are not counted as APs; {outlook.UnknownKindEnded.ToString(CultureInfo.InvariantCulture)} of them hold a certificate that has ended");
            Line("Other devices", outlook.OtherDevices, $"controllers, switches and routers, not counted above; {outlook.OtherDevicesWithEndedCertificates.ToString(CultureInfo.InvariantCulture)} of them hold a certificate that has ended");
        }

        foreach ((Risk risk, int count) in summary.ByRisk)
        {
            Line($"Risk {risk.ToName()}", count, null, XlsxStyles.ForRisk(risk.ToName()));
        }

        Dictionary<string, string> titles = report.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        foreach (FixGroup fix in outlook.Fixes)
        {
            string places = string.Join(", ", fix.Places.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Place} {p.Devices}")));
            string more = fix.OtherPlaces > 0 ? string.Create(CultureInfo.InvariantCulture, $", and {fix.OtherPlaces} more places") : string.Empty;
            Line($"Fix {fix.RuleId}", fix.Devices, $"{titles.GetValueOrDefault(fix.RuleId, fix.RuleId)}. Where: {places}{more}. How: sheet 'Rules'.", XlsxStyles.ForRisk(fix.Severity.ToName()));
        }

        foreach (string continued in _continued)
        {
            Line("Past Excel's row limit", null, continued, XlsxStyle.Critical);
        }
    }
}
