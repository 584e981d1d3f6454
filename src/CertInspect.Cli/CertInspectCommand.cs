using System.CommandLine;
using System.CommandLine.Invocation;

namespace CertInspect.Cli;

/// <summary>The root command: certinspect and its subcommands, and how a command line runs.</summary>
public static class CertInspectCommand
{
    private static readonly IReadOnlyList<string> _examples =
    [
        "certinspect audit inventory.csv mics/ --trust cisco-ca-bundle.pem",
        "certinspect serial FOC1837X1Y2",
        "certinspect help audit",
    ];

    public static RootCommand Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var examples = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["audit"] = AuditCommand.Examples,
            ["serial"] = SerialCommand.Examples,
            ["accept"] = AcceptCommand.Examples,
            ["inspect"] = InspectCommand.Examples,
            ["parse"] = ParseCommand.Examples,
            ["diff"] = DiffCommand.Examples,
            ["rules"] = RulesCommand.Examples,
            ["help"] = ["certinspect help audit"],
        };
        IReadOnlyList<string> ExamplesOf(Command command) =>
            command is RootCommand ? _examples : examples.GetValueOrDefault(command.Name, []);

        var root = new RootCommand("CertInspect: offline inspector of Cisco AP certificates and serial numbers. One risk record per AP.")
        {
            AuditCommand.Create(environment),
            SerialCommand.Create(environment),
            AcceptCommand.Create(environment),
            InspectCommand.Create(environment),
            ParseCommand.Create(environment),
            DiffCommand.Create(environment),
            RulesCommand.Create(environment),
            HelpCommand.Create(environment, ExamplesOf),
        };
        HelpCommand.ReplaceHelpOption(root, environment, ExamplesOf);

        // Tokens left over are reported by UsageErrors, which names the option or command they were meant as.
        root.TreatUnmatchedTokensAsErrors = false;
        foreach (Command command in root.Subcommands)
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        return root;
    }

    /// <summary>
    /// Parses the command line and runs it. A usage error is a message each on the error writer and exit 1, before
    /// anything is read: never the help text (it is what --help is for), never half a run on a misread option.
    /// Messages are wrapped at the width of the terminal standard error goes to (or COLUMNS).
    /// </summary>
    public static int Invoke(IReadOnlyList<string> args, CliEnvironment environment, InvocationConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        using TextWriter? wrapped = environment.ErrorWidth is { } width ? new WrappingWriter(configuration.Error, width) : null;
        if (wrapped is not null)
        {
            configuration.Error = wrapped;
        }

        ParseResult parse = Create(environment).Parse(args);

        // --help and --version run whatever else the line holds, as System.CommandLine intends.
        bool runsTheCommand = parse.Action is ParseErrorAction || ReferenceEquals(parse.Action, parse.CommandResult.Command.Action);
        IReadOnlyList<string> problems = runsTheCommand ? UsageErrors.Of(parse) : [];
        if (problems.Count > 0)
        {
            UsageErrors.Write(parse, problems, configuration.Error);
            return ExitCodes.UsageOrNothingReadable;
        }

        // A closed standard output ends the run wherever it is met; System.CommandLine's handler would print it as a
        // crash.
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return parse.Invoke(configuration);
        }
        catch (StandardOutputClosedException)
        {
            return ExitCodes.Done;
        }
    }
}
