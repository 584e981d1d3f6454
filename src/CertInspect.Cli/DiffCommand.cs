using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CertInspect.Comparison;
using CertInspect.Reporting;
using CertInspect.Reporting.Formatted;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Cli;

/// <summary>
/// certinspect diff OLD NEW: what changed between two JSON (or JSON Lines) audit reports. Exit 2 when something got
/// worse (at or above --fail-on when given), 1 when a report cannot be read.
/// </summary>
internal static class DiffCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect diff 2026-q3.json 2026-q4.json",
        "certinspect diff 2026-q3.json 2026-q4.json --fail-on high",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var before = new Argument<string>("OLD") { Description = "The earlier audit: a report of certinspect audit --format json or jsonl." };
        var after = new Argument<string>("NEW") { Description = "The later audit, of the same kind." };
        FormatOption format = CommonOptions.ReportFormat(ReportFormats.Table, ReportFormats.Csv, ReportFormats.Json, ReportFormats.Markdown);
        Option<string?> output = CommonOptions.Output();
        Option<string?> failOn = CommonOptions.FailOn();
        failOn.Description = "Exit 2 only when a device's risk rose to, a new device is at, or a finding appeared at this severity or worse (default: any).";
        var command = new Command("diff", "Show what changed between two audits: devices new and gone, risk raised and lowered, findings appeared and resolved.")
        {
            before, after, format, output, failOn,
        };

        command.SetAction(parse =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            AuditDiff diff;
            try
            {
                diff = AuditComparer.Compare(parse.GetRequiredValue(before), parse.GetRequiredValue(after));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
            {
                error.WriteLine($"certinspect: {e.Message}");
                return ExitCodes.UsageOrNothingReadable;
            }

            // Regression (issue 26): "diff NEW OLD" passed a gate in silence, every change seen the wrong way round.
            if (diff.Old.AsOf > diff.New.AsOf)
            {
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"certinspect: warning: OLD {diff.Old.Source} is as of {diff.Old.AsOf:yyyy-MM-dd}, later than NEW {diff.New.Source} ({diff.New.AsOf:yyyy-MM-dd}): were they given the wrong way round? diff OLD NEW compares an audit with a later one."));
            }

            ModelFormat written = format.Chosen(parse, parse.GetValue(output)) switch
            {
                ReportFormats.Csv => ModelFormat.Csv,
                ReportFormats.Json => ModelFormat.Json,
                ReportFormats.Markdown => ModelFormat.Markdown,
                _ => ModelFormat.Table,
            };
            string? outputPath = parse.GetValue(output);
            var writer = new DiffWriter(written, outputPath is null ? environment.TableWidth : null);
            if (!ReportOutput.TryWrite(text => writer.Write(diff, text), outputPath, parse.InvocationConfiguration.Output, error))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            string? threshold = parse.GetValue(failOn);
            int worse = DiffGate.WorseChanges(diff, threshold is not null && RiskNames.TryParse(threshold, out Risk risk) ? risk : null);
            if (worse == 0)
            {
                return ExitCodes.Done;
            }

            error.WriteLine($"certinspect: {Counted.Of(worse, "device")} got worse{(threshold is null ? string.Empty : $" at {threshold} or above")}.");
            return ExitCodes.GateFailed;
        });
        return command;
    }
}
