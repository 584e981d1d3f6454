using System.Text.RegularExpressions;

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
        if (line.Length == 0 || line[0] is ' ' or '*' or '%' or '.')
        {
            return null;
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

    // A host name is one token; a configuration mode may follow in parentheses; then # or >.
    [GeneratedRegex(@"^(?<host>[A-Za-z][\w.\-]{0,62})(?:\([\w\-]{1,32}\))?[#>](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosPrompt();
}
