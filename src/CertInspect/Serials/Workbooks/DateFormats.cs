using System.Globalization;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// Which number formats are dates (ECMA-376 §18.8.30 for the built-in ones, §18.8.31 for format codes), and a date
/// cell's number as ISO 8601 text.
/// </summary>
internal static class DateFormats
{
    private const string General = "General";
    private const string AmPm = "AM/PM";
    private const string ShortAmPm = "A/P";

    // ECMA-376 §18.8.30: 14-17 and 22 dates, 18-21 and 45-47 times; 27-36 and 50-58 are the East Asian dates.
    public static DateFormat BuiltIn(int id) => id switch
    {
        14 or 15 or 16 or 17 or (>= 27 and <= 31) or (>= 34 and <= 36) or (>= 50 and <= 58) => DateFormat.Date,
        22 => DateFormat.DateTime,
        18 or 19 or 20 or 21 or 32 or 33 or 45 or 46 or 47 => DateFormat.Time,
        _ => DateFormat.None,
    };

    /// <summary>
    /// A format code's kind, from its date and time tokens (d, m, y, h, s, e for the era year, g for the era) outside
    /// quoted text, escapes, fills and brackets; [h] and [mm] (elapsed time) are durations, "General" and 0.0E+00 numbers.
    /// </summary>
    public static DateFormat OfCode(string code)
    {
        bool date = false, time = false;
        for (int i = 0; i < code.Length; i++)
        {
            if (code.AsSpan(i).StartsWith(General, StringComparison.OrdinalIgnoreCase))
            {
                i += General.Length - 1;
                continue;
            }

            if (code.AsSpan(i).StartsWith(AmPm, StringComparison.OrdinalIgnoreCase) || code.AsSpan(i).StartsWith(ShortAmPm, StringComparison.OrdinalIgnoreCase))
            {
                // The 12-hour clock's marker: a time.
                time = true;
                i += code.AsSpan(i).StartsWith(AmPm, StringComparison.OrdinalIgnoreCase) ? AmPm.Length - 1 : ShortAmPm.Length - 1;
                continue;
            }

            char c = char.ToLowerInvariant(code[i]);
            switch (c)
            {
                case '"':
                    int close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    // [$-409] and [Red] are locale and colour; [h], [m], [s] are elapsed time: not a date.
                    int end = code.IndexOf(']', i + 1);
                    if (end > i + 1 && code[i + 1] is 'h' or 'H' or 'm' or 'M' or 's' or 'S')
                    {
                        return DateFormat.None;
                    }

                    i = end < 0 ? code.Length : end;
                    break;
                case ';':
                    // The first section (positive numbers) decides.
                    i = code.Length;
                    break;
                case 'e' when i + 1 < code.Length && code[i + 1] is '+' or '-':
                    // 0.00E+00: an exponent, not the era year.
                    i++;
                    break;
                case 'd' or 'y' or 'e' or 'g':
                    date = true;
                    break;
                case 'm':
                    // m is a month, except next to h or s, where it is minutes (h:mm, mm:ss).
                    date |= !NearTime(code, i);
                    break;
                case 'h' or 's':
                    time = true;
                    break;
                case 'b' when i + 1 < code.Length && code[i + 1] is '1' or '2':
                    date = true;
                    break;
            }
        }

        return (date, time) switch
        {
            (true, true) => DateFormat.DateTime,
            (true, false) => DateFormat.Date,
            (false, true) => DateFormat.Time,
            _ => DateFormat.None,
        };
    }

    /// <summary>
    /// A date cell's number as ISO 8601 (yyyy-MM-dd, with THH:mm:ss when the format shows a time and the day has one);
    /// null when the number is no date Excel can show (before 1900 or after 9999).
    /// </summary>
    public static string? Text(double days, DateFormat format, bool date1904)
    {
        // Excel's 1900 system counts 1900-02-29, a day that never was (ECMA-376 §18.17.4.1): from day 61 on, days
        // count from 1899-12-30; before it, from 1899-12-31. The 1904 system counts from 1904-01-01.
        if (double.IsNaN(days) || days < 0 || days >= 2_958_466)
        {
            return null;
        }

        DateTime epoch = date1904 ? new DateTime(1904, 1, 1) : days < 61 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        if (!date1904 && days is >= 60 and < 61)
        {
            return "1900-02-29";
        }

        DateTime value = epoch.AddSeconds(Math.Round(days * 86_400));
        return format switch
        {
            DateFormat.Time when days < 1 => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            DateFormat.DateTime or DateFormat.Time when value.TimeOfDay != TimeSpan.Zero => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            _ => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    // m means minutes right after h (h:mm) or right before s (mm:ss), other letters than m between aside.
    private static bool NearTime(string code, int index) =>
        NearestLetter(code, index, -1) == 'h' || NearestLetter(code, index, 1) == 's';

    private static char? NearestLetter(string code, int index, int step)
    {
        for (int i = index + step; i >= 0 && i < code.Length; i += step)
        {
            char c = char.ToLowerInvariant(code[i]);
            if (c != 'm' && char.IsAsciiLetter(c))
            {
                return c;
            }
        }

        return null;
    }
}
