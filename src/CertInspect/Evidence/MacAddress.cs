using System.Globalization;

namespace CertInspect.Evidence;

/// <summary>Ethernet MAC addresses in the notations inventories use: aa:bb:cc:dd:ee:ff, aabb.ccdd.eeff, AA-BB-..., bare hex.</summary>
public static class MacAddress
{
    /// <summary>The address as lower-case colon-separated hex, or null when the text is not 12 hex digits with separators.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Span<char> hex = stackalloc char[12];
        int count = 0;
        foreach (char c in text.Trim())
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
}
