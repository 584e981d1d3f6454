using System.CommandLine;
using CertInspect.Audit;
using CertInspect.Evidence;
using CertInspect.Reporting;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;

namespace CertInspect.Cli;

/// <summary>certinspect serial SERIAL...: decode serials on the spot, with every rule that follows from them.</summary>
internal static class SerialCommand
{
    public const string SourceName = "argument";

    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect serial FOC1837X1Y2",
        "certinspect serial FOC1837X1Y2 FGL1844K9P7 --model AIR-CAP2602I-E-K9",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var serials = new Argument<string[]>("SERIAL")
        {
            Description = "Serial numbers as printed on the label or exported (LLLYYWWSSSS).",
            Arity = ArgumentArity.OneOrMore,
        };
        var model = new Option<string?>("--model", "-m")
        {
            Description = "The PID the serials belong to (e.g. AIR-CAP2602I-E-K9): sharpens model-dependent rules.",
            HelpName = "PID",
        };
        var evaluation = new EvaluationOptions();
        FormatOption format = CommonOptions.Format(ReportFormats.Table, ReportFormats.Json);

        var command = new Command("serial", "Decode serial numbers: factory, manufacturing week, predicted MIC end, risks.")
        {
            serials, model, evaluation.AsOf, format, evaluation.Horizons, evaluation.Rules, evaluation.ControllerRelease, evaluation.ControllerPlatform,
        };

        command.SetAction(parse =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            if (evaluation.LoadRules(parse, error) is not { } ruleSet || evaluation.Context(parse, ruleSet, environment.Today, error) is not { } context)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            string? pid = parse.GetValue(model);
            IEnumerable<InventoryObservation> observations = (parse.GetValue(serials) ?? []).Select((serial, i) =>
                new InventoryObservation(new SourceLocation(SourceName, i + 1), serial, serial, null, pid, null, null, []));

            using AuditResult result = new Auditor(ruleSet).Run(observations, context);
            IReportWriter<Report> writer = string.Equals(format.Chosen(parse, null), ReportFormats.Json, StringComparison.Ordinal)
                ? new JsonReportWriter()
                : new SerialCardWriter(environment.TableWidth);
            if (!ReportOutput.TryWrite(output => writer.Write(result.Report, output), null, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            // Unlike an audit, every argument was typed on purpose: one that is not a serial is a usage error.
            return result.Summary.InputErrors > 0 ? ExitCodes.UsageOrNothingReadable : ExitCodes.Done;
        });
        return command;
    }
}
