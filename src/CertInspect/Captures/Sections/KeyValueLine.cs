using System.Text.RegularExpressions;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "Key : value", "Key: value" and AireOS's dotted "Key........ value". The key is normalised: lower case, inner
/// runs of spaces folded ("end   date" is "end date").
/// </summary>
internal sealed partial record KeyValueLine(string Key, string Value)
{
    public static KeyValueLine? Parse(string trimmed)
    {
        Match match = Dotted().Match(trimmed);
        if (!match.Success)
        {
            match = Colon().Match(trimmed);
        }

        return match.Success
            ? new KeyValueLine(Spaces().Replace(match.Groups["key"].Value.Trim(), " ").ToLowerInvariant(), match.Groups["value"].Value.Trim())
            : null;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][^.:]{0,80}?)\s*\.{3,}\s*:?\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<key>[A-Za-z][^:=]{0,80}?)\s*:(?:\s+(?<value>.*)|\s*$|(?<value>[^/].*))$", RegexOptions.CultureInvariant)]
    private static partial Regex Colon();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
