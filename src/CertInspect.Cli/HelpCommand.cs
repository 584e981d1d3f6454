using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CertInspect.Cli;

/// <summary>
/// How help is shown: --help on any command, and "certinspect help COMMAND" (what people type after git and go), both
/// written by <see cref="HelpText"/> with the command's examples.
/// </summary>
internal static class HelpCommand
{
    public static Command Create(CliEnvironment environment, Func<Command, IReadOnlyList<string>> examples)
    {
        var name = new Argument<string?>("COMMAND")
        {
            Description = "The command whose help to show; without it, certinspect's.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("help", "Show the help of a command, as COMMAND --help does.") { name };
        command.SetAction(parse =>
        {
            Command root = parse.RootCommandResult.Command;
            string? wanted = parse.GetValue(name);
            Command? shown = wanted is null ? root : root.Subcommands.FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.Ordinal));
            if (shown is null)
            {
                UsageErrors.Write(parse, [UsageErrors.NotACommand(wanted!, root)], parse.InvocationConfiguration.Error);
                return ExitCodes.UsageOrNothingReadable;
            }

            HelpText.Write(shown, parse.InvocationConfiguration.Output, environment.HelpTextWidth, examples(shown));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>Makes --help write <see cref="HelpText"/> on every command.</summary>
    public static void ReplaceHelpOption(RootCommand root, CliEnvironment environment, Func<Command, IReadOnlyList<string>> examples)
    {
        foreach (HelpOption option in root.Options.OfType<HelpOption>())
        {
            option.Action = new Show(environment, examples);
        }
    }

    private sealed class Show(CliEnvironment environment, Func<Command, IReadOnlyList<string>> examples) : SynchronousCommandLineAction
    {
        // As System.CommandLine's own: "audit --help" shows the help even though INPUT is missing.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            Command command = parseResult.CommandResult.Command;
            HelpText.Write(command, parseResult.InvocationConfiguration.Output, environment.HelpTextWidth, examples(command));
            return ExitCodes.Done;
        }
    }
}
