using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace CertInspect.Cli;

/// <summary>
/// System.CommandLine's parse errors said as the rest of certinspect says things ("--policy is required: the
/// acceptance policy (JSON)" rather than "Option '--policy' is required."). The messages of the options' own
/// validators are certinspect's already and pass as they are, on one line.
/// </summary>
internal static partial class ParseErrorText
{
    public static string InHouseStyle(ParseError error, Command command)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(command);
        string message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (RequiredOption().Match(message) is { Success: true } required && OptionNamed(command, required.Groups["name"].Value) is { } option)
        {
            return $"{option.Name} {option.HelpName} is required: {Gist(option.Description)}";
        }

        if (RequiredArgument().Match(message) is { Success: true } missing && command.Arguments.FirstOrDefault(a => a.Name == missing.Groups["name"].Value) is { } argument)
        {
            return $"name {(argument.Arity.MaximumNumberOfValues > 1 ? "at least one " : string.Empty)}{argument.Name}: {Gist(argument.Description)}";
        }

        if (OptionWithoutValue().Match(message) is { Success: true } empty)
        {
            string typed = empty.Groups["name"].Value;
            return $"{typed} needs a value{(OptionNamed(command, typed)?.HelpName is { } value ? $": {value}" : string.Empty)}";
        }

        if (OptionGivenTwice().Match(message) is { Success: true } twice)
        {
            return $"{twice.Groups["name"].Value} is given {twice.Groups["count"].Value} times: give it once";
        }

        return UnparsedValue().Match(message) is { Success: true } unparsed
            ? $"{unparsed.Groups["name"].Value} does not take '{unparsed.Groups["value"].Value}'"
            : message;
    }

    private static Option? OptionNamed(Command command, string name) =>
        command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    // "The acceptance policy (JSON): expected serials, …" → "the acceptance policy (JSON)".
    private static string Gist(string? description)
    {
        string text = description ?? string.Empty;
        int end = text.IndexOfAny([':', ';', '.']);
        text = end > 0 ? text[..end] : text;
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex("^Option '(?<name>[^']+)' is required\\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument '(?<name>[^']+)' missing for command: '[^']*'\\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex("^Required argument missing for option: '(?<name>[^']+)'\\.$")]
    private static partial Regex OptionWithoutValue();

    [GeneratedRegex("^Option '(?<name>[^']+)' expects a single argument but (?<count>[0-9]+) were provided\\.$")]
    private static partial Regex OptionGivenTwice();

    [GeneratedRegex("^Cannot parse argument '(?<value>[^']*)' for (option|command) '(?<name>[^']+)' as expected type '[^']*'\\.$")]
    private static partial Regex UnparsedValue();
}
