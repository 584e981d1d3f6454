using System.CommandLine;
using System.CommandLine.Parsing;
using CertInspect.Facts;

namespace CertInspect.Cli;

/// <summary>
/// What is wrong with a command line, one line each, for standard error before anything runs: System.CommandLine's
/// parse errors, every token left over, and every token that looks like an option but is none of the command's. The
/// last matters most: an argument list that takes paths would take "--asof" as one, report a missing file and judge
/// the fleet at today's date, so a gate would pass on a wrong verdict. A file whose name starts with '-' is given
/// after "--", where every token is an argument.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The tool's name, as the README and the messages spell it.</summary>
    public const string ToolName = "certinspect";

    /// <summary>The command as a user types it, such as "certinspect audit" (the root command's own name is the
    /// executable's, which under a test host is not certinspect).</summary>
    public static string CommandPath(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        IEnumerable<string> names = [];
        for (SymbolResult? result = parse.CommandResult; result is CommandResult { Command: not RootCommand } command; result = command.Parent)
        {
            names = names.Prepend(command.Command.Name);
        }

        return string.Join(' ', names.Prepend(ToolName));
    }

    /// <summary>Every problem of the command line; empty when it can run.</summary>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var problems = new List<string>();
        Command command = parse.CommandResult.Command;
        int argumentsFrom = IndexOfDoubleDash(parse);

        // Tokens the command's arguments took: before "--", one that starts with '-' was meant as an option.
        foreach (Token token in parse.CommandResult.Tokens)
        {
            if (LooksLikeAnOption(token.Value) && IndexOf(parse, token) < argumentsFrom)
            {
                problems.Add(NotAnOption(token.Value, command));
            }
        }

        // Tokens nothing took (the commands leave them to this check rather than to System.CommandLine's generic
        // "Unrecognized command or argument"). Only the root has subcommands: the first word left over there was
        // meant as one, and what follows it belongs to that command, so it says nothing more.
        if (command is RootCommand)
        {
            string? word = parse.UnmatchedTokens.FirstOrDefault(t => !LooksLikeAnOption(t));
            problems.AddRange(parse.UnmatchedTokens.Where(LooksLikeAnOption).Select(t => NotAnOption(t, command)));
            problems.Add(word is null ? $"name a command: {CommandList(command)}" : NotACommand(word, command));
            return problems;
        }

        foreach (string token in parse.UnmatchedTokens)
        {
            problems.Add(LooksLikeAnOption(token) ? NotAnOption(token, command) : $"'{token}' is one argument too many");
        }

        problems.AddRange(parse.Errors.Select(e => ParseErrorText.InHouseStyle(e, command)).Distinct(StringComparer.Ordinal));

        // A file named report.xlsx holds a workbook: --format may not say otherwise, nor name a format the command lacks.
        Option<string?>? output = command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == "--output");
        string? path = output is null ? null : Given(parse, output);
        if (path is not null && ReportOutput.MissingFolder(path) is { } folder)
        {
            // Said before a long run, not after it, and of the folder, not of the temporary file written beside the report.
            problems.Add($"--output {path}: no such folder {folder}");
        }

        if (command.Options.OfType<FormatOption>().FirstOrDefault() is { } format && output is not null
            && format.Problem(parse, path, command.Name) is { } problem)
        {
            problems.Add(problem);
        }

        return problems;
    }

    /// <summary>Writes the problems, then where the command's usage is; nothing goes to standard output.</summary>
    public static void Write(ParseResult parse, IReadOnlyList<string> problems, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(error);
        string command = CommandPath(parse);
        foreach (string problem in problems)
        {
            error.WriteLine($"{command}: {problem}");
        }

        error.WriteLine($"see '{command} --help'");
    }

    // "-" alone is standard input; a negative number is no option either, but no command here takes one.
    private static bool LooksLikeAnOption(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>The value an option was given once, or null (not given, or given several times: an error of its own).</summary>
    public static string? Given(ParseResult parse, Option option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { Tokens: [var token] } ? token.Value : null;
    }

    private static string NotAnOption(string token, Command command)
    {
        string name = token.Split('=', 2)[0];
        List<string> options = [.. command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct()];

        // What it begins ("--out" for --output, "--password" for --password-env), else the nearest spelling.
        List<string> begun = name.Length >= 4 ? [.. options.Where(o => o.StartsWith(name, StringComparison.Ordinal))] : [];
        string? meant = begun.Count switch
        {
            1 => begun[0],
            > 1 and <= 4 => $"{string.Join(", ", begun.Take(begun.Count - 1))} or {begun[^1]}",
            _ => NearestName.Among(name, options),
        };
        string hint = meant is not null ? $"; did you mean {meant}?" : string.Empty;
        return $"'{token}' is not an option of {UsageName(command)}{hint} (a file whose name starts with '-' goes after '--')";
    }

    /// <summary>"'x' is not a command; did you mean …? (commands: …)".</summary>
    public static string NotACommand(string token, Command root)
    {
        string hint = NearestName.Among(token, root.Subcommands.Select(c => c.Name)) is { } nearest ? $"; did you mean {nearest}?" : string.Empty;
        return $"'{token}' is not a command{hint} (commands: {CommandList(root)})";
    }

    private static string CommandList(Command root) => string.Join(", ", root.Subcommands.Select(c => c.Name));

    private static string UsageName(Command command) => command is RootCommand ? ToolName : command.Name;

    // Where the arguments that "--" protects begin: past the end when there is no "--".
    private static int IndexOfDoubleDash(ParseResult parse)
    {
        for (int i = 0; i < parse.Tokens.Count; i++)
        {
            if (parse.Tokens[i].Type == TokenType.DoubleDash)
            {
                return i;
            }
        }

        return parse.Tokens.Count;
    }

    // By reference: the same text may stand before and after "--".
    private static int IndexOf(ParseResult parse, Token token)
    {
        for (int i = 0; i < parse.Tokens.Count; i++)
        {
            if (ReferenceEquals(parse.Tokens[i], token))
            {
                return i;
            }
        }

        return parse.Tokens.Count;
    }
}
