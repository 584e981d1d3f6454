using System.Globalization;

namespace CertInspect.Rules;

/// <summary>
/// Orders software releases part by part: numbers as numbers ("17.10.1" after "17.9.4a"; "17.09" is "17.9"), then
/// a trailing letter ("17.9.4a" after "17.9.4"). Good enough for "from release X on"; releases of different platforms
/// are never compared.
/// </summary>
public static class ReleaseVersion
{
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        List<(long Number, string Suffix)> a = Parts(left);
        List<(long Number, string Suffix)> b = Parts(right);
        for (int i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            (long Number, string Suffix) x = i < a.Count ? a[i] : (0, string.Empty);
            (long Number, string Suffix) y = i < b.Count ? b[i] : (0, string.Empty);
            int byNumber = x.Number.CompareTo(y.Number);
            if (byNumber != 0)
            {
                return byNumber;
            }

            int bySuffix = string.Compare(x.Suffix, y.Suffix, StringComparison.OrdinalIgnoreCase);
            if (bySuffix != 0)
            {
                return bySuffix;
            }
        }

        return 0;
    }

    private static List<(long Number, string Suffix)> Parts(string release) =>
        release.Trim().Split('.', '-', '(', ')')
            .Where(p => p.Length > 0)
            .Select(p =>
            {
                int digits = p.TakeWhile(char.IsAsciiDigit).Count();
                long number = digits == 0 ? 0 : long.Parse(p.AsSpan(0, Math.Min(digits, 15)), NumberStyles.None, CultureInfo.InvariantCulture);
                return (number, p[digits..]);
            })
            .ToList();
}
