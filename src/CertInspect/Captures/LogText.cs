using System.Text.RegularExpressions;

namespace CertInspect.Captures;

/// <summary>
/// Recognises log messages in a capture (AP console "*Oct 17 19:54:55.757: ...", controller msglog
/// "*osapiBsnTimer: May 25 06:54:29.631: ...", AP-COS "[*11/21/2026 10:00:00.1234] ...", syslog mnemonics
/// "%CAPWAP-3-ERRORLOG:") and splits lines where a paste ran several messages together (seed
/// cscur43050-sha2-mic-join-failure.txt).
/// </summary>
public static partial class LogText
{
    public static bool IsLog(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        return Timestamped().IsMatch(trimmed) || Mnemonic().IsMatch(trimmed);
    }

    /// <summary>
    /// The lines of IOS's image banner that follow "%SYS-5-RESTART: System restarted --" as part of that message
    /// ("Cisco IOS Software, ...", "Technical Support: ...", "Copyright ...", "Compiled ... by ..."): at most this many.
    /// </summary>
    public const int RestartBannerLines = 6;

    /// <summary>Whether the message goes on with the image banner on the next lines (IOS's restart message).</summary>
    public static bool ContinuesWithBanner(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        return trimmed.EndsWith("System restarted --", StringComparison.Ordinal);
    }

    /// <summary>Whether a banner line is the banner's last ("Compiled Mon 19-Sep-11 17:41 by prod_rel_team").</summary>
    public static bool EndsBanner(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        return trimmed.StartsWith("Compiled ", StringComparison.Ordinal);
    }

    /// <summary>The messages of one line: split before each "*Mon dd hh:mm:ss" after the first.</summary>
    public static IEnumerable<string> Messages(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        int start = 0;
        foreach (Match match in Boundary().Matches(trimmed))
        {
            if (match.Index > start)
            {
                string message = trimmed[start..match.Index].Trim();
                if (message.Length > 0)
                {
                    yield return message;
                }
            }

            start = match.Index;
        }

        string last = trimmed[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    /// <summary>Whether a line, as pasted (before <see cref="Inputs.PastedText.Unwrap(string, int)"/>), is an item of a
    /// Markdown or text list: "- ", "* " or "+ " (a space after, so not "*Jun 3"), "• ", "1. " or "1) ", behind any
    /// quote markers. Two log lines given as two items are two messages.</summary>
    public static bool IsListItem(string pasted)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        return ListItemMarker().IsMatch(pasted);
    }

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)*\s*(?:[-*+•◦▪]|\d{1,3}[.)])\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemMarker();

    [GeneratedRegex(@"^(?:\*[A-Za-z][\w\-]*:\s*|\*|\.)?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}|\[\*?\d{2}/\d{2}/\d{4}\s+\d{2}:\d{2}:\d{2}|\d{4}/\d{2}/\d{2}\s+\d{2}:\d{2}:\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamped();

    [GeneratedRegex(@"%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:", RegexOptions.CultureInvariant)]
    private static partial Regex Mnemonic();

    [GeneratedRegex(@"\*(?:[A-Za-z][\w\-]*:\s*)?[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
