using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting;

/// <summary>
/// Why a run holds no device, in one line: a run that read nothing draws no verdict (no "worst risk ok", no "0 APs
/// cannot join"), and every format says so instead, with the reason: the input errors (a missing path, with the name
/// it most likely meant; an empty folder; a file of another kind), else inputs that held no device.
/// </summary>
public static class NothingRead
{
    /// <summary>The input errors a line names; the rest are counted.</summary>
    private const int ErrorsNamed = 3;

    public static string Why(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        IReadOnlyList<InputError> errors = report.InputErrors;
        if (errors.Count > 0)
        {
            string named = string.Join("; ", errors.Take(ErrorsNamed).Select(e => $"{e.Location}: {e.Message}"));
            return errors.Count > ErrorsNamed
                ? string.Create(CultureInfo.InvariantCulture, $"{named}; and {errors.Count - ErrorsNamed} more input errors")
                : named;
        }

        return report.Inputs.Count switch
        {
            0 => "no input was given",
            1 when report.Inputs[0] is { Rows: > 0 } certificates && certificates.Kind.StartsWith("certificates", StringComparison.Ordinal) =>
                string.Create(CultureInfo.InvariantCulture, $"{certificates.Source} holds {Counted.Of(certificates.Rows, "certificate")}, no device's: a CA certificate only completes the chains of device certificates given beside it"),
            1 => $"{report.Inputs[0].Source} holds no device",
            int count => string.Create(CultureInfo.InvariantCulture, $"none of the {count} inputs holds a device"),
        };
    }

    /// <summary>"Nothing was read: …; no verdict is drawn."</summary>
    public static string Sentence(Report report) => $"Nothing was read: {Why(report)}; no verdict is drawn.";
}
