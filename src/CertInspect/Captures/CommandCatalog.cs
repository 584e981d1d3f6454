using CertInspect.Captures.Sections;

namespace CertInspect.Captures;

/// <summary>
/// Recognises the commands engineers type, abbreviated as IOS and AireOS accept them ("sh cry pki cert"), with a
/// pipe filter ("| include SHA2") and the AP name argument of the controller commands about one AP.
/// </summary>
internal static class CommandCatalog
{
    /// <summary>
    /// Every command whose output is read, in the order their forms are tried: longer and more specific forms first,
    /// the first that matches wins. Adding a command is its section's file and one line here.
    /// </summary>
    public static IReadOnlyList<CaptureCommand> Commands { get; } =
    [
        PemChainSection.SudiChainCommand,
        PemChainSection.PemCommand,
        PkiCertificatesSection.Command,
        PkiCertificatesSection.TrustpoolCommand,
        OpensslTextSection.Command,
        TrustpointsSection.Command,
        ParameterBlockSection.Command,
        ControllerCertificatesSection.Command,
        ManagementTrustpointSection.Command,
        ApConfigGeneralSection.Command,
        JoinStatsSection.WirelessCommand,
        JoinStatsSection.Command,
        InventorySection.ApInventoryCommand,
        ApSummarySection.Command,
        ApCdpNeighborsSection.Command,
        ApTableSection.Command,
        InventorySection.InventoryCommand,
        NeighborsSection.CdpCommand,
        NeighborsSection.LldpCommand,
        VersionSection.Command,
        VersionSection.SysinfoCommand,
        RunningConfigSection.Command,
        AireOsBootSection.Command,
        SudiSubjectSection.Command,
        LogSection.Command,
        SkippedSection.Silent,
    ];

    /// <summary>What a typed command is; Unsupported for any other command.</summary>
    public static RecognisedCommand Recognise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        int pipe = typed.IndexOf('|', StringComparison.Ordinal);
        string command = pipe >= 0 ? typed[..pipe] : typed;
        string? filter = pipe >= 0 ? typed[(pipe + 1)..].Trim() : null;
        string[] tokens = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (CaptureCommand known in Commands)
        {
            foreach (CommandForm form in known.Forms)
            {
                if (TryMatch(form.Parts, tokens, out string? apName))
                {
                    return new RecognisedCommand(known, form.ControllerOnly, apName, filter is null ? null : FilterText(filter));
                }
            }
        }

        return new RecognisedCommand(SkippedSection.Unsupported, false, null, filter);
    }

    /// <summary>Whether a command's text starts like one the catalog knows, to tell a command after a prompt from log text run onto it.</summary>
    public static bool LooksLikeCommand(string rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        string first = rest.Split(' ', 2)[0];
        return first.Length > 0 && char.IsAsciiLetter(first[0]) && first.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    // The exec commands of IOS, IOS-XE, AireOS and AP consoles an engineer types to look or act: a prompt typing one
    // of them (abbreviated as the CLI accepts) is a console session even when CertInspect does not read its output.
    private static readonly string[] _execVerbs =
    [
        "show", "debug", "undebug", "dir", "more", "copy", "ping", "traceroute", "clear", "reload", "write", "configure",
        "terminal", "test", "verify", "request", "enable", "disable", "exit", "logout", "archive", "install", "license",
        "transfer", "save", "reset", "delete", "erase", "upgrade", "capwap", "lwapp", "wireless", "ap", "config",
    ];

    /// <summary>Whether typed text starts with an exec command (any the CLI has, read by CertInspect or not): what
    /// follows a prompt in a console session.</summary>
    public static bool IsExecCommand(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        string first = typed.TrimStart().Split(' ', 2)[0];
        return first.Length >= 2 && first.All(char.IsAsciiLetter) && _execVerbs.Any(v => IsAbbreviation(first, v));
    }

    private static bool TryMatch(IReadOnlyList<string> words, string[] tokens, out string? apName)
    {
        apName = null;
        int t = 0;
        foreach (string word in words)
        {
            if (word == CaptureCommand.AnyRest)
            {
                return true;
            }

            if (t >= tokens.Length)
            {
                return false;
            }

            if (word == CaptureCommand.AnyWord)
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
