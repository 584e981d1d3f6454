using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Table;

/// <summary>
/// The serial command's view: one card per serial with what it decodes to and what follows from it, in the order
/// the serials were given; serials that do not decode follow, each with the reason.
/// </summary>
/// <param name="width">The line width to fit (a terminal's, or COLUMNS): each line wraps between words under a
/// hanging indent, a finding's under its rule. Null: every line whole.</param>
public sealed class SerialCardWriter(int? width = null) : IReportWriter<Report>
{
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (DeviceReport device in report.Devices)
        {
            WriteCard(device, report.AsOf, output);
        }

        foreach (InputError error in report.InputErrors)
        {
            Line(output, string.Empty, $"{error.Text}  ({error.Location})", 2);
            Line(output, "  ", $"not a serial: {error.Message}", 4);
            output.WriteLine();
        }
    }

    private void WriteCard(DeviceReport report, DateOnly asOf, TextWriter output)
    {
        DeviceRecord device = report.Device;
        Line(output, string.Empty, $"{device.Serial?.Text ?? device.Key.Text}  ({string.Join(", ", device.Occurrences.Select(o => o.Location.ToString()))})", 2);
        foreach (string note in device.Notes)
        {
            Line(output, "  ", $"note: {note}", 4);
        }

        if (device.Serial?.Manufactured is { } week)
        {
            string month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(week.Month);
            Line(output, "  ", string.Create(
                CultureInfo.InvariantCulture,
                $"factory {device.Serial!.Location}; built {week} ({month} {week.Year}); the week starts about {week.WeekStart:yyyy-MM-dd}"), 4);
        }
        else
        {
            Line(output, "  ", $"no date code: {device.Serial?.NotDateCodedReason}", 4);
        }

        if (device.Model is not null)
        {
            Line(output, "  ", $"model {device.Model} ({device.Family?.Name ?? "family not recognised"})", 4);
        }

        if (device.PredictedMicExpiry is { } prediction)
        {
            int days = prediction.DaysLeft(asOf);
            string when = days >= 0
                ? $"in {Counted.Of(days, "day")}"
                : string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(-days, "day")} before {asOf:yyyy-MM-dd}");
            Line(output, "  ", string.Create(
                CultureInfo.InvariantCulture,
                $"MIC predicted to end {prediction.Date:yyyy-MM-dd} (±{Counted.Of(prediction.UncertaintyDays, "day")}), {when}"), 4);
        }
        else if (device.Serial?.IsDateCoded == true)
        {
            Line(output, "  ", "MIC end not predicted: built outside the ten-year MIC era of FN-63942", 4);
        }

        Line(output, "  ", report.Reason is { } why ? $"risk: {report.Risk.ToName()}: {why}" : $"risk: {report.Risk.ToName()}", 8);
        foreach (Finding finding in report.Findings)
        {
            // Continuation lines under the rule id, past the severity column.
            Line(output, $"  {finding.Severity.ToName(),-8} ", $"{finding.RuleId}: {finding.Text}", 11);
        }

        output.WriteLine();
    }

    private void Line(TextWriter output, string indent, string text, int hanging)
    {
        foreach (string line in HangingIndent.Wrap(indent, text, hanging, width))
        {
            output.WriteLine(line);
        }
    }
}
