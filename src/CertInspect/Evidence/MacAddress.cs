using System.Globalization;
using System.Text.RegularExpressions;

namespace CertInspect.Evidence;

/// <summary>
/// Ethernet MAC addresses in every notation Cisco prints and inventories use: aa:bb:cc:dd:ee:ff (AireOS, AP-COS),
/// aabb.ccdd.eeff (IOS, IOS-XE), AA-BB-CC-DD-EE-FF, bare hex, a value a page wrapped in Markdown emphasis
/// ("_00:1d:45:36:97:30_"), and an AP's default name: "AP" + its dotted Ethernet MAC (APc47d.4f3a.1b2c), which
/// a lightweight AP takes until it is named (Cisco Wireless LAN Controller Configuration Guide, "Access Point
/// Name").
/// </summary>
public static partial class MacAddress
{
    /// <summary>The address as lower-case colon-separated hex, or null when the text is not 12 hex digits with separators.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Markdown emphasis a page put around the value (or left after it) is not part of it.
        ReadOnlySpan<char> value = text.AsSpan().Trim().Trim("_*`");
        Span<char> hex = stackalloc char[12];
        int count = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiHexDigit(c))
            {
                if (count == hex.Length)
                {
                    return null;
                }

                hex[count++] = char.ToLowerInvariant(c);
            }
            else if (c is not (':' or '-' or '.' or ' '))
            {
                return null;
            }
        }

        if (count != hex.Length)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{hex[..2]}:{hex[2..4]}:{hex[4..6]}:{hex[6..8]}:{hex[8..10]}:{hex[10..]}");
    }

    /// <summary>The MAC an AP's default name holds ("AP7081.0500.0000" → 70:81:05:00:00:00); null for any other name.</summary>
    public static string? FromDefaultApName(string? name) =>
        name is not null && DefaultApName().Match(name.Trim()) is { Success: true } match ? Normalize(match.Groups["mac"].Value) : null;

    /// <summary>Whether a token is shaped like a MAC in one of the separated notations (a bare 12-digit number is not
    /// taken for one where free text is read).</summary>
    public static bool IsMacToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SeparatedMac().IsMatch(token.Trim().Trim("_*`"));
    }

    [GeneratedRegex(@"^AP(?<mac>[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultApName();

    [GeneratedRegex(@"^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedMac();
}
