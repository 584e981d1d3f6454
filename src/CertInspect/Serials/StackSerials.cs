using System.Text.RegularExpressions;

namespace CertInspect.Serials;

/// <summary>
/// Two or more serials in one inventory cell ("FOC1837X1Y2 / FOC1837X1Y3", a stack's members): split when every part
/// has the shape of a date-coded serial (LLLYYWWSSSS, rules data: serialFormat); anything else stays one value, for the
/// decoder to judge.
/// </summary>
public static partial class StackSerials
{
    public static IReadOnlyList<string> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string[] parts = Separators().Split(cell.Trim());
        return parts.Length > 1 && parts.All(p => DateCoded().IsMatch(p)) ? parts : [cell];
    }

    [GeneratedRegex(@"\s*[,;/|]\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[A-Za-z]{3}\d{4}[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateCoded();
}
