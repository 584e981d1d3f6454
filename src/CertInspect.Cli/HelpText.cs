using System.CommandLine;
using System.CommandLine.Help;
using CertInspect.Reporting.Table;

namespace CertInspect.Cli;

/// <summary>
/// A command's help, written here rather than by System.CommandLine's help builder, whose columns break value lists
/// mid-word, which adds "[default: …]" to descriptions that state their default, and which describes the leftover
/// arguments every command here refuses. Usage, what the command does, its arguments, its options (each on a line of
/// its own, its description wrapped under it), then examples; everything wrapped at the width.
/// </summary>
internal static class HelpText
{
    private const int OptionDescriptionIndent = 6;

    public static void Write(Command command, TextWriter output, int width, IReadOnlyList<string> examples)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(examples);
        void Lines(string indent, string text, int hanging)
        {
            // Help holds no path to copy; an example value (serial=Seriennummer,name=…) is broken at a comma if it must.
            foreach (string line in HangingIndent.Wrap(indent, text, hanging, width, breakLongWords: true))
            {
                output.WriteLine(line);
            }
        }

        string path = command is RootCommand ? UsageErrors.ToolName : $"{UsageErrors.ToolName} {command.Name}";
        Lines("Usage: ", $"{path} {Synopsis(command)}", 7);
        output.WriteLine();
        Lines(string.Empty, command.Description ?? string.Empty, 0);

        Section(output, "Arguments:", command.Arguments.Where(a => !a.Hidden).Select(a => (a.Name, a.Description ?? string.Empty)), Lines);
        Section(output, "Commands:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)), Lines);

        output.WriteLine();
        output.WriteLine("Options:");
        foreach (Option option in Options(command))
        {
            Lines("  ", Label(option), 4);
            Lines(new string(' ', OptionDescriptionIndent), Describe(option), OptionDescriptionIndent);
        }

        if (examples.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(examples.Count == 1 ? "Example:" : "Examples:");
            foreach (string example in examples)
            {
                Lines("  ", example, 6);
            }
        }
    }

    // "INPUT... [options]", "--policy PATH INPUT... [options]", "COMMAND [options]".
    private static string Synopsis(Command command)
    {
        IEnumerable<string> required = command.Options.Where(o => o.Required).Select(o => $"{o.Name} {o.HelpName}");
        IEnumerable<string> arguments = command.Arguments.Where(a => !a.Hidden).Select(a =>
            (a.Arity.MinimumNumberOfValues == 0 ? "[" : string.Empty) + a.Name + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty) + (a.Arity.MinimumNumberOfValues == 0 ? "]" : string.Empty));
        IEnumerable<string> commands = command.Subcommands.Any() ? ["COMMAND"] : [];
        return string.Join(' ', required.Concat(commands).Concat(arguments).Append("[options]"));
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string Name, string Description)> entries, Action<string, string, int> lines)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        int column = list.Max(e => e.Name.Length);
        foreach ((string name, string description) in list)
        {
            lines($"  {name.PadRight(column)}  ", description, column + 4);
        }
    }

    // The command's own options, then the ones its ancestors pass down (--help), each once.
    private static IEnumerable<Option> Options(Command command)
    {
        IEnumerable<Option> inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive));
        return command.Options.Concat(inherited).Where(o => !o.Hidden).Distinct();
    }

    // "-f, --format table|csv|json", "--wide": short aliases first, then the name, then the value it takes.
    private static string Label(Option option)
    {
        IEnumerable<string> names = option.Aliases.Append(option.Name).Where(n => n.StartsWith('-') && !n.StartsWith('/'))
            .Distinct().OrderBy(n => n.StartsWith("--", StringComparison.Ordinal)).ThenBy(n => n.Length);
        string value = option.ValueType == typeof(bool) || option is HelpOption or VersionOption ? string.Empty : " " + (option.HelpName ?? "VALUE");
        return string.Join(", ", names) + value;
    }

    private static string Describe(Option option) => option switch
    {
        HelpOption => "Show this help.",
        VersionOption => "Show the version.",
        _ => option.Description ?? string.Empty,
    };
}
