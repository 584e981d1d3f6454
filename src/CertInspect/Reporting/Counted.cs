namespace CertInspect.Reporting;

/// <summary>A count with its noun, singular for one: "1 device", "2 devices", "1 input error".</summary>
public static class Counted
{
    /// <param name="plural">The plural when it is not the singular and an s ("entries").</param>
    public static string Of(long count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
    }
}
