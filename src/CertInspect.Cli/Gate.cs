using System.Globalization;
using CertInspect.Reporting;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>
/// The exit code of a run that wrote its report. Nothing readable → 1. With --fail-on, any input error fails the
/// gate as well as a device at or above the threshold: a gate never passes over input it could not read.
/// </summary>
internal static class Gate
{
    public static int Decide(ReportSummary summary, Severity? worstRisk, string? failOn, TextWriter error)
    {
        if (summary.Devices == 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"certinspect: nothing readable: no devices, {summary.InputErrors} input errors (listed in the report)."));
            return ExitCodes.UsageOrNothingReadable;
        }

        if (failOn is null || !SeverityNames.TryParse(failOn, out Severity threshold))
        {
            return ExitCodes.Done;
        }

        int atOrAbove = summary.ByRisk
            .Where(p => SeverityNames.TryParse(p.Key, out Severity s) && s >= threshold)
            .Sum(p => p.Value);
        if (atOrAbove == 0 && summary.InputErrors == 0)
        {
            return ExitCodes.Done;
        }

        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"certinspect: gate failed (--fail-on {failOn}): {Counted.Of(atOrAbove, "device")} at {failOn} or worse (worst: {SeverityNames.RiskName(worstRisk)}), {Counted.Of(summary.InputErrors, "input error")}."));
        return ExitCodes.GateFailed;
    }
}
