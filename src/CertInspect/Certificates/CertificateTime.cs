using System.Globalization;

namespace CertInspect.Certificates;

/// <summary>
/// Parses the two X.509 time types from their content octets, accepting what real certificates carry and saying
/// which rule each breaks (RFC 5280 §4.1.2.5).
/// </summary>
internal static class CertificateTime
{
    public static DateTimeOffset? Parse(string text, bool generalized, List<string> violations, string field)
    {
        int yearDigits = generalized ? 4 : 2;
        if (text.Length < yearDigits + 6 || text.AsSpan(0, yearDigits + 6).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        int year = Number(text, 0, yearDigits);
        if (!generalized)
        {
            // RFC 5280 §4.1.2.5.1: YY >= 50 is 19YY, YY < 50 is 20YY.
            year += year >= 50 ? 1900 : 2000;
        }

        int position = yearDigits;
        int month = Number(text, position, 2);
        int day = Number(text, position + 2, 2);
        int hour = Number(text, position + 4, 2);
        position += 6;
        int minute = TryNumber(text, ref position);
        int second = TryNumber(text, ref position);
        if (minute < 0)
        {
            return null;
        }

        if (second < 0)
        {
            violations.Add($"{field}: time without seconds (RFC 5280 §4.1.2.5: seconds MUST be present)");
            second = 0;
        }

        double fraction = 0;
        if (position < text.Length && text[position] is '.' or ',')
        {
            int start = position + 1;
            position = start;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            fraction = double.Parse(string.Concat("0.", text.AsSpan(start, position - start)), CultureInfo.InvariantCulture);
            violations.Add($"{field}: fractional seconds (RFC 5280 §4.1.2.5.2: GeneralizedTime MUST NOT include them)");
        }

        TimeSpan offset = TimeSpan.Zero;
        string zone = text[position..];
        if (zone.Length == 5 && zone[0] is '+' or '-' && !zone.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            offset = new TimeSpan(Number(zone, 1, 2), Number(zone, 3, 2), 0) * (zone[0] == '-' ? -1 : 1);
            violations.Add($"{field}: time with an offset '{zone}' (RFC 5280 §4.1.2.5: MUST be expressed in Zulu)");
        }
        else if (zone.Length == 0)
        {
            violations.Add($"{field}: local time without a zone (RFC 5280 §4.1.2.5: MUST be expressed in Zulu); read as UTC");
        }
        else if (!string.Equals(zone, "Z", StringComparison.Ordinal))
        {
            return null;
        }

        if (generalized && year < 2050)
        {
            violations.Add($"{field}: GeneralizedTime for a date before 2050 (RFC 5280 §4.1.2.5: MUST be UTCTime)");
        }

        try
        {
            var time = new DateTimeOffset(year, month, day, hour, minute, second, offset);
            return time.AddTicks((long)(fraction * TimeSpan.TicksPerSecond)).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static int TryNumber(string text, ref int position)
    {
        if (position + 2 <= text.Length && char.IsAsciiDigit(text[position]) && char.IsAsciiDigit(text[position + 1]))
        {
            int value = Number(text, position, 2);
            position += 2;
            return value;
        }

        return -1;
    }
}
