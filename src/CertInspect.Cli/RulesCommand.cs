using System.CommandLine;
using CertInspect.Reporting.Formatted;

namespace CertInspect.Cli;

/// <summary>certinspect rules: the rules in force, their sources and the data versions.</summary>
internal static class RulesCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect rules",
        "certinspect rules --rules site-rules.json --format csv > rules.csv",
    ];

    public static Command Create(CliEnvironment environment)
    {
        FormatOption format = CommonOptions.Format(ReportFormats.Table, ReportFormats.Json, ReportFormats.Csv);
        Option<string?> rules = CommonOptions.Rules();
        var command = new Command("rules", "List the rules with their sources and the data versions in force.") { format, rules };
        command.SetAction(parse =>
        {
            if (RuleSetOption.TryLoad(parse.GetValue(rules), parse.InvocationConfiguration.Error) is not { } ruleSet)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            ModelFormat written = format.Chosen(parse, null) switch
            {
                ReportFormats.Json => ModelFormat.Json,
                ReportFormats.Csv => ModelFormat.Csv,
                _ => ModelFormat.Table,
            };
            var writer = new RuleListWriter(written, environment.TableWidth);
            return ReportOutput.TryWrite(output => writer.Write(ruleSet, output), null, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
                ? ExitCodes.Done
                : ExitCodes.UsageOrNothingReadable;
        });
        return command;
    }
}
