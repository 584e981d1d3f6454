using System.CommandLine;
using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Reporting.Formatted;
using CertInspect.Reporting.Models;

namespace CertInspect.Cli;

/// <summary>
/// certinspect parse FILE...: what CertInspect recognised in console captures (commands, devices, certificates,
/// log lines, diagnostics), for checking a capture before an audit. Every file is read as a capture.
/// </summary>
internal static class ParseCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect parse wlc-session.txt",
        "certinspect parse ap-console.log --format json",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Captured terminal sessions (text files or directories), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<DateOnly?> asOf = CommonOptions.AsOf();
        FormatOption format = CommonOptions.ReportFormat(ReportFormats.Table, ReportFormats.Json);
        Option<string?> rules = CommonOptions.Rules();
        Option<string?> output = CommonOptions.Output();
        var command = new Command("parse", "Show what was recognised in console captures: commands, devices, certificates, log lines, diagnostics.")
        {
            files, asOf, format, rules, output,
        };

        command.SetAction(parse =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            if (RuleSetOption.TryLoad(parse.GetValue(rules), error) is not { } ruleSet)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> unlistable) = InputExpander.Expand(parse.GetValue(files) ?? [], environment.OpenStandardInput);
            foreach (InputError problem in unlistable)
            {
                error.WriteLine($"certinspect: {problem.Location.Source}: {problem.Message}");
            }

            var reader = CaptureReaders.For(ruleSet);
            var reports = new List<CaptureReport>();
            bool failed = unlistable.Count > 0;
            foreach (InputSource source in sources)
            {
                try
                {
                    (CaptureReport? report, DetectedContent content, int nul) = InputReader.ReadAsCapture(source, reader);
                    if (report is null)
                    {
                        // Regression (issue 26): "parse /bin/ls" read a program as a capture of a device named ELF.
                        error.WriteLine($"certinspect: {source.Name}: binary data (a NUL byte at byte offset {nul}): parse reads console captures, which are text");
                        failed = true;
                        continue;
                    }

                    reports.Add(report);
                    if (content.Kind is not (ContentKind.Capture or ContentKind.Certificates))
                    {
                        // audit and parse agree on what a file is: parse lists its lines all the same.
                        error.WriteLine($"certinspect: {source.Name}: audit does not read it as a console capture: {content.Problem ?? "it reads it as " + content.KindName}");
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"certinspect: {source.Name}: cannot read: {e.Message}");
                    failed = true;
                }
            }

            string? outputPath = parse.GetValue(output);
            bool json = string.Equals(format.Chosen(parse, outputPath), ReportFormats.Json, StringComparison.Ordinal);
            DateOnly date = parse.GetValue(asOf) ?? environment.Today;
            ParsedCaptures parsed = CertificateInspector.Classify(reports, ruleSet.Facts, date);
            var writer = json ? new CaptureReportWriter(ModelFormat.Json) : new CaptureReportWriter(ModelFormat.Table, outputPath is null ? environment.TableWidth : null);
            if (!ReportOutput.TryWrite(
                text => writer.Write(parsed, text),
                outputPath,
                parse.InvocationConfiguration.Output,
                error))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            // Nothing recognised anywhere, or a file that could not be read, is worth a non-zero exit.
            bool recognised = reports.Any(r => r.Commands.Count > 0 || r.Devices.Any(d => d.HasEvidence) || r.LineCounts[LineCategory.Log] > 0);
            return failed || !recognised ? ExitCodes.UsageOrNothingReadable : ExitCodes.Done;
        });
        return command;
    }
}
