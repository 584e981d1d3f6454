using System.Globalization;
using CertInspect.Reporting;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>
/// The exit code of a run that wrote its report. Nothing readable → 1. With --fail-on, any input error fails the
/// gate as well as a device at or above the threshold: a gate never passes over input it could not read.
/// </summary>
internal static class Gate
{
    public static int Decide(Report report, ReportSummary summary, Risk worstRisk, string? failOn, TextWriter error)
    {
        if (summary.Devices == 0)
        {
            // No verdict: the run read nothing, and the last line says why.
            error.WriteLine($"certinspect: {char.ToLowerInvariant(NothingRead.Sentence(report)[0])}{NothingRead.Sentence(report)[1..]}");
            return ExitCodes.UsageOrNothingReadable;
        }

        if (failOn is null || !RiskNames.TryParse(failOn, out Risk threshold))
        {
            return ExitCodes.Done;
        }

        int atOrAbove = summary.ByRisk.Where(p => p.Key >= threshold).Sum(p => p.Value);
        if (atOrAbove == 0 && summary.InputErrors == 0)
        {
            return ExitCodes.Done;
        }

        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"certinspect: gate failed (--fail-on {failOn}): {Counted.Of(atOrAbove, "device")} at {failOn} or worse (worst: {worstRisk.ToName()}), {Counted.Of(summary.InputErrors, "input error")}."));
        return ExitCodes.GateFailed;
    }
}
