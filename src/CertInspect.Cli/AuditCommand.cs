using System.CommandLine;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Reporting;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Xlsx;

namespace CertInspect.Cli;

/// <summary>certinspect audit INPUT...: one risk record per AP from serial lists and inventory CSVs.</summary>
internal static class AuditCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect audit inventory.csv mics/ --trust cisco-ca-bundle.pem",
        "certinspect audit exports/ --output audit.xlsx",
        "certinspect audit exports/ --output 2026-q4.json --fail-on high",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, directories (read recursively) or - for standard input; each file's kind is detected from its content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var evaluation = new EvaluationOptions();
        FormatOption format = CommonOptions.ReportFormat(ReportFormats.Table, ReportFormats.Csv, ReportFormats.Json, ReportFormats.JsonLines, ReportFormats.Markdown, ReportFormats.Html, ReportFormats.Xlsx);
        Option<string?> output = CommonOptions.Output();
        Option<string?> failOn = CommonOptions.FailOn();
        Option<string?> columns = ColumnOptions.Columns();
        Option<string?> columnsFile = ColumnOptions.ColumnsFile();
        Option<string[]> trust = CertificateOptions.Trust();
        Option<bool> noBuiltInTrust = CertificateOptions.NoBuiltInTrust();
        Option<string?> passwordVariable = CertificateOptions.PasswordVariable();
        Option<bool> wide = new("--wide")
        {
            Description = "Table: every column whole and every finding on one line, however wide (by default the table fits the terminal or COLUMNS, leaving out whole columns and saying which).",
        };

        var command = new Command("audit", "Audit serial lists, inventory CSVs and certificate files: one risk record per device.")
        {
            inputs, evaluation.AsOf, format, output, failOn, evaluation.Horizons, evaluation.Rules, trust, noBuiltInTrust, passwordVariable, evaluation.ControllerRelease, evaluation.ControllerPlatform, columns, columnsFile, wide,
        };

        command.SetAction(parse =>
        {
            TextWriter standardOutput = parse.InvocationConfiguration.Output;
            TextWriter error = parse.InvocationConfiguration.Error;
            if (evaluation.LoadRules(parse, error) is not { } ruleSet)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            if (!ColumnOptions.TryRead(parse.GetValue(columns), parse.GetValue(columnsFile), error, out CertInspect.Serials.ColumnMapping? columnMapping))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            if (evaluation.Context(parse, ruleSet, environment.Today, error) is not { } context)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> unlistable) =
                InputExpander.Expand(parse.GetValue(inputs) ?? [], environment.OpenStandardInput);

            (IReadOnlyList<InputSource> trustSources, IReadOnlyList<InputError> trustUnlistable) =
                InputExpander.Expand(parse.GetValue(trust) ?? [], environment.OpenStandardInput);
            string? outputPath = parse.GetValue(output);
            string formatName = format.Chosen(parse, outputPath);
            if (formatName == ReportFormats.Xlsx && outputPath is null)
            {
                error.WriteLine("certinspect: --format xlsx writes a workbook, which is not text: name the file with --output PATH.xlsx.");
                return ExitCodes.UsageOrNothingReadable;
            }

            ProgressLine? progress = environment.ShowProgress ? new ProgressLine(error, showDevices: outputPath is not null || !environment.OutputIsTerminal, environment.ErrorWidth) : null;
            var auditor = new Auditor(ruleSet, CertificateOptions.Password(environment, parse.GetValue(passwordVariable)), progress is null ? null : progress.Show)
            {
                BuiltInTrust = !parse.GetValue(noBuiltInTrust),
                Columns = columnMapping,
                AsOfIsToday = evaluation.AsOfIsToday(parse),
            };
            using AuditResult result = auditor.Run(sources, [.. unlistable, .. trustUnlistable], context, trustSources);

            // Reading is done: the line goes before the report's first byte, which may go to the same terminal.
            progress?.Clear();
            int? tableWidth = outputPath is null && !parse.GetValue(wide) ? environment.TableWidth : null;
            bool written;
            try
            {
                if (formatName == ReportFormats.Xlsx)
                {
                    var workbook = new XlsxReportWriter();
                    written = ReportOutput.TryWriteFile(stream => workbook.Write(result.Report, stream), outputPath!, error);
                    progress?.Clear();
                    foreach (string continued in workbook.Continued)
                    {
                        error.WriteLine($"certinspect: {continued}.");
                    }
                }
                else
                {
                    IReportWriter<Report> writer = ReportFormats.Writer(formatName, useColor: outputPath is null && environment.OutputIsTerminal && !environment.NoColor, tableWidth);
                    written = ReportOutput.TryWrite(output => writer.Write(result.Report, output), outputPath, standardOutput, error);
                }
            }
            finally
            {
                // The device passes' line too, also when a closed pipe ends the run.
                progress?.Clear();
            }

            if (!written)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            // The last line a person reads: the verdict in words and where the report went. A table says it itself;
            // a report written to a file, or printed on the terminal in another format, gets it on standard error. A
            // run that read nothing draws no verdict: the gate says why.
            ReportSummary summary = result.Summary;
            string verdict = AuditVerdict.Describe(summary, context.AsOf, auditor.AsOfIsToday);
            if (summary.Devices > 0 && outputPath is not null)
            {
                error.WriteLine($"certinspect: {verdict}; wrote {outputPath} ({Counted.Of(summary.Devices, "device")}, {Counted.Of(summary.InputErrors, "input error")}).");
            }
            else if (outputPath is not null)
            {
                error.WriteLine($"certinspect: wrote {outputPath} (no devices, {Counted.Of(summary.InputErrors, "input error")}).");
            }
            else if (summary.Devices > 0 && environment.OutputIsTerminal && formatName != ReportFormats.Table)
            {
                error.WriteLine($"certinspect: {verdict}; the {formatName} report is above.");
            }

            return Gate.Decide(result.Report, summary, result.WorstRisk, parse.GetValue(failOn), error);
        });
        return command;
    }
}
