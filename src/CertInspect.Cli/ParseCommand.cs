using System.CommandLine;
using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Reporting;

namespace CertInspect.Cli;

/// <summary>
/// certinspect parse FILE...: what CertInspect recognised in console captures (commands, devices, certificates,
/// log lines, diagnostics), for checking a capture before an audit. Every file is read as a capture.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Captured terminal sessions (text files or directories), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<DateOnly?> asOf = CommonOptions.AsOf();
        Option<string> format = CommonOptions.Format(ReportFormats.Table, ReportFormats.Json);
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
                    (CaptureReport report, DetectedContent content) = InputReader.ReadAsCapture(source, reader);
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

            bool json = string.Equals(parse.GetRequiredValue(format), ReportFormats.Json, StringComparison.Ordinal);
            DateOnly date = parse.GetValue(asOf) ?? environment.Today;
            ParsedCaptures parsed = CertificateInspector.Classify(reports, ruleSet.Facts, date);
            if (!ReportOutput.TryWrite(
                writer =>
                {
                    if (json)
                    {
                        new CaptureReportWriter(ModelFormat.Json).Write(parsed, writer);
                    }
                    else
                    {
                        new CaptureReportWriter(ModelFormat.Table).Write(parsed, writer);
                    }
                },
                parse.GetValue(output),
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
