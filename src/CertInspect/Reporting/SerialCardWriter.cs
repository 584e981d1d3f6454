using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// The serial command's view: one card per serial with what it decodes to and what follows from it, in the order
/// the serials were given; serials that do not decode follow, each with the reason.
/// </summary>
public sealed class SerialCardWriter : IReportWriter
{
    public bool PrintsSummary => false;

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
            output.WriteLine($"{error.Text}  ({error.Location})");
            output.WriteLine($"  not a serial: {error.Message}");
            output.WriteLine();
        }
    }

    private static void WriteCard(DeviceReport report, DateOnly asOf, TextWriter output)
    {
        DeviceRecord device = report.Device;
        output.WriteLine($"{device.Serial?.Text ?? device.Key}  ({string.Join(", ", device.Occurrences.Select(o => o.Location.ToString()))})");
        foreach (string note in device.Notes)
        {
            output.WriteLine($"  note: {note}");
        }

        if (device.Serial?.Manufactured is { } week)
        {
            string month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(week.Month);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  factory {device.Serial!.Location}; built {week} ({month} {week.Year}); the week starts about {week.WeekStart:yyyy-MM-dd}"));
        }
        else
        {
            output.WriteLine($"  no date code: {device.Serial?.NotDateCodedReason}");
        }

        if (device.Model is not null)
        {
            output.WriteLine($"  model {device.Model} ({device.Family?.Name ?? "family not recognised"})");
        }

        if (device.PredictedMicExpiry is { } prediction)
        {
            int days = prediction.DaysLeft(asOf);
            string when = days >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"in {days} days")
                : string.Create(CultureInfo.InvariantCulture, $"{-days} days before {asOf:yyyy-MM-dd}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  MIC predicted to end {prediction.Date:yyyy-MM-dd} (±{prediction.UncertaintyDays} days), {when}"));
        }
        else if (device.Serial?.IsDateCoded == true)
        {
            output.WriteLine("  MIC end not predicted: built outside the ten-year MIC era of FN-63942");
        }

        output.WriteLine(report.Reason is { } why ? $"  risk: {report.Risk.ToName()}: {why}" : $"  risk: {report.Risk.ToName()}");
        foreach (Finding finding in report.Findings)
        {
            output.WriteLine($"  {finding.Severity.ToName(),-8} {finding.RuleId}: {finding.Text}");
        }

        output.WriteLine();
    }
}
