namespace CertInspect.Captures;

/// <summary>
/// Recognises the commands engineers type, abbreviated as IOS and AireOS accept them ("sh cry pki cert"), with a
/// pipe filter ("| include SHA2") and the AP name argument of the controller commands about one AP.
/// </summary>
public static class CommandCatalog
{
    private const string AnyToken = "<ap>";
    private const string AnyRest = "*";

    // Longer and more specific forms first: the first entry that matches wins.
    private static readonly (string[] Words, OutputKind Kind, bool ControllerOnly)[] _entries =
    [
        (["show", "crypto", "pki", "certificates", AnyRest], OutputKind.PkiCertificates, false),
        (["show", "crypto", "pki", "trustpool", AnyRest], OutputKind.PkiCertificates, false),
        (["show", "crypto", "pki", "trustpoints", AnyRest], OutputKind.PkiTrustpoints, false),
        (["test", "pb", "display"], OutputKind.ParameterBlock, false),
        (["show", "certificate", "all"], OutputKind.ControllerCertificates, true),
        (["show", "ap", "config", "general", AnyToken], OutputKind.ApConfigGeneral, true),
        (["show", "ap", "config", "general"], OutputKind.ApConfigGeneral, true),
        (["show", "ap", "name", AnyToken, "config", "general"], OutputKind.ApConfigGeneral, true),
        (["show", "ap", "inventory", AnyToken], OutputKind.ApInventory, true),
        (["show", "ap", "name", AnyToken, "inventory"], OutputKind.ApInventory, true),
        (["show", "ap", "summary", AnyRest], OutputKind.ApSummary, true),
        (["show", "inventory", AnyRest], OutputKind.Inventory, false),
        (["show", "version", AnyRest], OutputKind.Version, false),
        (["show", "sysinfo"], OutputKind.Version, true),
        (["show", "logging", AnyRest], OutputKind.Log, false),
        (["show", "msglog", AnyRest], OutputKind.Log, true),
        (["show", "traplog", AnyRest], OutputKind.Log, true),
        (["debug", AnyRest], OutputKind.Silent, false),
        (["undebug", AnyRest], OutputKind.Silent, false),
        (["no", AnyRest], OutputKind.Silent, false),
        (["terminal", AnyRest], OutputKind.Silent, false),
        (["enable", AnyRest], OutputKind.Silent, false),
        (["configure", AnyRest], OutputKind.Silent, false),
        (["config", AnyRest], OutputKind.Silent, true),
        (["exit"], OutputKind.Silent, false),
        (["end"], OutputKind.Silent, false),
    ];

    /// <summary>What a typed command is; Unsupported for any other command.</summary>
    public static RecognisedCommand Recognise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        int pipe = typed.IndexOf('|', StringComparison.Ordinal);
        string command = pipe >= 0 ? typed[..pipe] : typed;
        string? filter = pipe >= 0 ? typed[(pipe + 1)..].Trim() : null;
        string[] tokens = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach ((string[] words, OutputKind kind, bool controllerOnly) in _entries)
        {
            if (TryMatch(words, tokens, out string? apName))
            {
                return new RecognisedCommand(kind, controllerOnly, apName, filter is null ? null : FilterText(filter));
            }
        }

        return new RecognisedCommand(OutputKind.Unsupported, false, null, filter);
    }

    /// <summary>Whether a command's text starts like one the catalog knows, to tell a command after a prompt from log text run onto it.</summary>
    public static bool LooksLikeCommand(string rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        string first = rest.Split(' ', 2)[0];
        return first.Length > 0 && char.IsAsciiLetter(first[0]) && first.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    private static bool TryMatch(string[] words, string[] tokens, out string? apName)
    {
        apName = null;
        int t = 0;
        foreach (string word in words)
        {
            if (word == AnyRest)
            {
                return true;
            }

            if (t >= tokens.Length)
            {
                return false;
            }

            if (word == AnyToken)
            {
                // "show ap inventory all" names every AP, not one called "all".
                string token = tokens[t++];
                apName = string.Equals(token, "all", StringComparison.OrdinalIgnoreCase) ? null : token;
                continue;
            }

            if (!IsAbbreviation(tokens[t++], word))
            {
                return false;
            }
        }

        return t == tokens.Length;
    }

    // IOS accepts any unambiguous prefix; two letters is the shortest CertInspect takes, so "s" is never "show".
    private static bool IsAbbreviation(string token, string word) =>
        (token.Length >= 2 || token.Length == word.Length) && word.StartsWith(token, StringComparison.OrdinalIgnoreCase);

    // "include SHA2", "i SHA2", "inc SHA2" → the text the filter keeps.
    private static string FilterText(string filter)
    {
        string[] parts = filter.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && "include".StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) ? parts[1] : filter;
    }
}
