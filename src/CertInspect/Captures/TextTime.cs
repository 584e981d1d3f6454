using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Facts;

namespace CertInspect.Captures;

/// <summary>
/// Reads the dates Cisco commands print: IOS "07:21:37 UTC Oct 13 2012" (the zone is the device's), AireOS
/// "Oct  4 05:05:04 2015 GMT", Catalyst 9800 "08/09/2099 20:58:26" (MM/DD/YYYY; the documented example equals the
/// High Assurance SUDI end in UTC, so it is read as UTC). A zone abbreviation that is not in the rules data, or no
/// zone at all, is read as UTC and reported as ambiguous rather than guessed silently.
/// A year before 1970 is a 32-bit clock's wrap, never a real date: IOS counts seconds since 1900 in 32 bits (the NTP
/// era, RFC 5905 §6) and 32-bit Unix systems since 1970 signed, so a time after 2036-02-07 (IOS) or 2038-01-19 (Unix)
/// prints 2³² seconds early: Cisco Root CA M2's end, 2037-11-12 13:00:18 UTC, prints as "Oct 7 1901". Every such date
/// lies between 1900 and 1970, where no certificate and no device clock of these outputs can be; it is read back by
/// adding 2³² seconds, and the reading says so.
/// </summary>
public sealed partial class TextTime(IReadOnlyList<TimeZoneAbbreviation> zones)
{
    private readonly Dictionary<string, TimeZoneAbbreviation> _zones = zones.ToDictionary(z => z.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The time, or null when the text is not a date at all.</summary>
    public ParsedTime? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        Match match = IosTime().Match(trimmed);
        if (!match.Success)
        {
            match = AireOsTime().Match(trimmed);
        }

        if (match.Success)
        {
            int month = Month(match.Groups["mon"].Value);
            if (month == 0)
            {
                return null;
            }

            return Build(trimmed, Number(match, "year"), month, Number(match, "day"), match.Groups["time"].Value, match.Groups["zone"].Success ? match.Groups["zone"].Value : null);
        }

        match = SlashTime().Match(trimmed);
        return match.Success
            ? Build(trimmed, Number(match, "year"), Number(match, "month"), Number(match, "day"), match.Groups["time"].Value, "UTC")
            : null;
    }

    private ParsedTime? Build(string text, int year, int month, int day, string time, string? zone)
    {
        string[] parts = time.Split(':', '.');
        int hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        int second = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        TimeZoneAbbreviation? known = zone is not null && _zones.TryGetValue(zone, out TimeZoneAbbreviation? found) ? found : null;
        DateTimeOffset printed = new DateTimeOffset(local, known?.OffsetSpan ?? TimeSpan.Zero).ToUniversalTime();
        string? recovery = null;
        if (year < FirstUnwrappedYear)
        {
            DateTimeOffset value = printed.AddSeconds(WrapSeconds);
            recovery = $"'{text}' is a 32-bit clock's wrap (no date before {FirstUnwrappedYear} is real here): read as {value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}, 2^32 seconds later";
            printed = value;
        }

        string? why = known is not null ? null
            : zone is null ? $"'{text}' names no time zone: read as UTC, possibly off by up to 14 hours"
            : $"'{text}': time zone '{zone}' is not known: read as UTC, possibly off by up to 14 hours";
        return new ParsedTime(printed, why, recovery);
    }

    /// <summary>Dates printed before this year are a 32-bit clock's wrap (see the type's summary).</summary>
    public const int FirstUnwrappedYear = 1970;

    // 2^32 seconds: what a 32-bit seconds counter loses when it wraps.
    private const double WrapSeconds = 4_294_967_296d;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Month(string abbreviation)
    {
        string[] names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        for (int i = 0; i < 12; i++)
        {
            if (string.Equals(names[i], abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // 07:21:37 UTC Oct 13 2012; 07:21:37.000 IST Oct  3 2012; the zone may be missing.
    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}:\d{2}(?:\.\d{1,6})?)\s+(?:(?<zone>[A-Za-z][A-Za-z0-9]{0,5})\s+)?(?<mon>[A-Za-z]{3})\s+(?<day>\d{1,2})\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex IosTime();

    // Oct  4 05:05:04 2015 GMT
    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3})\s+(?<day>\d{1,2})\s+(?<time>\d{1,2}:\d{2}:\d{2})\s+(?<year>\d{4})(?:\s+(?<zone>[A-Za-z][A-Za-z0-9]{0,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AireOsTime();

    // 08/09/2099 20:58:26
    [GeneratedRegex(@"^(?<month>\d{1,2})/(?<day>\d{1,2})/(?<year>\d{4})\s+(?<time>\d{1,2}:\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashTime();
}
