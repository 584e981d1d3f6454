using System.Globalization;
using CertInspect.Certificates;

namespace CertInspect.Rules;

/// <summary>How certificate findings name certificates and times, the same way in every message.</summary>
internal static class CertificateText
{
    public static string Name(DeviceCertificate certificate) =>
        $"{certificate.RoleName} {certificate.Facts.Subject.CommonName ?? certificate.Facts.Subject.Rfc4514}";

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
