using System.Text.RegularExpressions;
using CertInspect.Captures.Sections;

namespace CertInspect.Captures;

/// <summary>
/// A prompt at the start of a line: IOS "AP#", "WLC9800(config)#", "ap>", AireOS "(Cisco Controller) >" (the
/// opening parenthesis is sometimes lost in a paste), and what follows it on the line: a command, log text run
/// together with the prompt, or nothing.
/// </summary>
public sealed partial record PromptLine(string Host, bool ControllerStyle, string Rest)
{
    public static PromptLine? Match(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0 || line[0] is '*' or '%' or '.')
        {
            return null;
        }

        if (line[0] is ' ' || char.IsAsciiDigit(line[0]))
        {
            // An indented line, or a host name that starts with a digit ("3800Switch#"), is a prompt only when a
            // command CertInspect knows follows it: output lines are indented, and none types a known command.
            string trimmed = line.TrimStart();
            Match aireOsLoose = AireOsPrompt().Match(trimmed);
            Match loose = aireOsLoose.Success ? aireOsLoose : Loose().Match(trimmed);
            // A host name that starts with a digit types any exec command ("3850-1#show power inline …"): output
            // lines do not start with a word, "#" and a command.
            return loose.Success
                && loose.Groups["rest"].Value.Trim() is { Length: > 0 } typed
                && (CommandCatalog.Recognise(typed).Command != SkippedSection.Unsupported
                    || (line[0] != ' ' && !loose.Groups["rest"].Value.StartsWith(' ') && CommandCatalog.IsExecCommand(typed)))
                ? new PromptLine(loose.Groups["host"].Value.Trim(), ControllerStyle: aireOsLoose.Success, typed)
                : null;
        }

        Match aireOs = AireOsPrompt().Match(line);
        if (aireOs.Success)
        {
            return new PromptLine(aireOs.Groups["host"].Value.Trim(), ControllerStyle: true, aireOs.Groups["rest"].Value.Trim());
        }

        Match ios = IosPrompt().Match(line);
        if (!ios.Success || IsColumnHeader(ios.Groups["rest"].ValueSpan))
        {
            return null;
        }

        return new PromptLine(ios.Groups["host"].Value, ControllerStyle: false, ios.Groups["rest"].Value.Trim());
    }

    // show version's license table opens with "Device#   PID   SN" (its tab turned into spaces): a word and "#",
    // then columns. A command follows its prompt within a space and holds no column gap, so this is no prompt.
    private static bool IsColumnHeader(ReadOnlySpan<char> rest) =>
        rest.StartsWith("  ", StringComparison.Ordinal) && rest.TrimStart().Contains("  ", StringComparison.Ordinal);

    [GeneratedRegex(@"^\(?(?<host>[A-Za-z][\w .\-]{0,62})\)\s?>(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AireOsPrompt();

    [GeneratedRegex(@"^(?<host>[A-Za-z0-9][\w.\-]{0,62})(?:/(?:pri|sec|act|stby)){0,2}(?:\([\w\-]{1,32}\))?[#>](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Loose();

    // A host name is one token; an ASA's failover unit and state may follow ("FW1/pri/act"), then a configuration mode
    // in parentheses; then # or >.
    [GeneratedRegex(@"^(?<host>[A-Za-z][\w.\-]{0,62})(?:/(?:pri|sec|act|stby)){0,2}(?:\([\w\-]{1,32}\))?[#>](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosPrompt();
}
