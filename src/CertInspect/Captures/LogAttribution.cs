using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// Which AP a controller's log line is about. A line that names an AP's MAC ("… for AP 00:11:22:33:44:01",
/// "AP 0011.2233.4401", AireOS's "file.c:123 00:11:22:33:44:01: …", the 9800's "AP:0011.2233.4401:") is about that AP; so are the lines just before it that name no AP, when they were logged at
/// most <see cref="WindowSeconds"/> seconds earlier and at most <see cref="WindowLines"/> lines before: AireOS logs the
/// certificate error (%PKI-3-…), then the DTLS failure that names the AP. A line that names no MAC but the IP address
/// the controller lists for one of its APs ("DTLS handshake with peer 10.0.0.18") is about that AP. Lines with no AP
/// stay the controller's.
/// </summary>
public static partial class LogAttribution
{
    public const double WindowSeconds = 2.0;
    public const int WindowLines = 3;

    /// <summary>The AP MAC (normalised) each attributable line is about, keyed by the line itself.</summary>
    public static Dictionary<EvidenceLine, string> ApMacs(IReadOnlyList<EvidenceLine> lines, IReadOnlyDictionary<string, string>? macByIp = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        macByIp ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var about = new Dictionary<EvidenceLine, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < lines.Count; i++)
        {
            if (NamedAp(lines[i].Text, macByIp) is not { } mac)
            {
                continue;
            }

            about[lines[i]] = mac;
            double? named = TimeOfDay(lines[i].Text);
            for (int j = i - 1; j >= 0 && i - j <= WindowLines; j--)
            {
                if (about.ContainsKey(lines[j]) || NamedAp(lines[j].Text, macByIp) is not null
                    || named is not { } end || TimeOfDay(lines[j].Text) is not { } start || end - start is < 0 or > WindowSeconds)
                {
                    break;
                }

                about[lines[j]] = mac;
            }
        }

        return about;
    }

    /// <summary>The MAC of the AP a line names, normalised; null when it names none. The all-zero MAC a controller
    /// prints before it knows the AP ("for AP 0000.0000.0000") names none.</summary>
    public static string? NamedAp(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ApMac().Match(line) is { Success: true } match && MacAddress.Normalize(match.Groups["mac"].Value) is { } mac && mac != NoMac ? mac : null;
    }

    private const string NoMac = "00:00:00:00:00:00";

    // The AP a line names by MAC, else by an IP address the controller lists for one of its APs.
    private static string? NamedAp(string line, IReadOnlyDictionary<string, string> macByIp) =>
        NamedAp(line) ?? Ipv4().Matches(line).Select(m => macByIp.GetValueOrDefault(m.Value)).FirstOrDefault(mac => mac is not null);

    // "06:55:01.112" → seconds since midnight; logs carry the controller's time of day.
    private static double? TimeOfDay(string line) =>
        Clock().Match(line) is { Success: true } match
            ? (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 3600)
              + (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) * 60)
              + double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture)
            : null;

    // "… for AP 00:11:22:33:44:01", "AP MAC 0011.2233.4401" (also run into the next word: "for AP
    // 0000.0000.0000Reason:"); AireOS's "capwap_ac_sm.c:7521 00:11:22:33:44:01: DTLS …" (the AP's MAC after the source
    // file and line, also dotted: "capwap_ac_sm.c:7521 00f8.2c26.6580:"); AireOS debug "*spamApTask0: Nov 20
    // 08:14:02.110: 00:11:22:33:44:01 …" (after the timestamp); the 9800's syslog prefix "AP:0011.2233.4401:".
    [GeneratedRegex(@"\bAP\s+(?:MAC\s+)?(?<mac>(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f]|[:.\-][0-9A-Fa-f])|\.c:\d+\s+(?<mac>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}):|\d{2}:\d{2}:\d{2}\.\d{3}:\s+(?<mac>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})[:\s]|\bAP:(?<mac>[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApMac();

    [GeneratedRegex(@"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"\b(?<h>[0-2]\d):(?<m>[0-5]\d):(?<s>[0-5]\d(?:\.\d{1,6})?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
