using System.Globalization;
using CertInspect.Evidence;

namespace CertInspect.Certificates;

/// <summary>How certificate findings name certificates and times, the same way in every message.</summary>
public static class CertificateText
{
    public static string Name(DeviceCertificate certificate) =>
        certificate.Facts.Subject.Rdns.Count == 0
            ? $"{certificate.RoleName} issued by {certificate.Facts.Issuer.CommonName ?? "an unnamed CA"}{Textual(certificate)}"
            : $"{certificate.RoleName} {certificate.Facts.Subject.CommonName ?? certificate.Facts.Subject.Rfc4514}{Textual(certificate)}";

    /// <summary>
    /// The name, told apart from the device's other certificates of the same subject (a SHA-1 and a SHA-2 MIC of one
    /// AP share their CN): then the signature's hash and the serial follow.
    /// </summary>
    public static string Name(DeviceCertificate certificate, IReadOnlyList<DeviceCertificate> siblings)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(siblings);
        bool ambiguous = siblings.Any(s => !ReferenceEquals(s, certificate)
            && string.Equals(s.Facts.Subject.Rfc4514, certificate.Facts.Subject.Rfc4514, StringComparison.Ordinal));
        return ambiguous
            ? $"{Name(certificate)} ({HashLabel(certificate.Facts)}, serial {certificate.Facts.SerialHex})"
            : Name(certificate);
    }

    /// <summary>How evidence lines quote a certificate: role, subject, serial; for text, the command that described it.</summary>
    public static string Evidence(DeviceCertificate certificate) =>
        $"{certificate.RoleName} {certificate.Facts.Subject.Rfc4514} (serial {certificate.Facts.SerialHex}){Textual(certificate)}{DateNotes(certificate.Facts)}";

    // A date read back from a wrapped clock is part of what the evidence says.
    private static string DateNotes(CertificateFacts facts) =>
        facts.DateNotes.Count == 0 ? string.Empty : "; " + string.Join("; ", facts.DateNotes);

    // Text has no signature to verify: every message about such a certificate says the evidence is textual.
    private static string Textual(DeviceCertificate certificate) =>
        certificate.Facts.TextSource is { } source ? $" (as described by '{source}': textual evidence, no signature verified)" : string.Empty;

    // "SHA-1" / "SHA-256" for people, from the signature algorithm's hash.
    private static string HashLabel(CertificateFacts facts) => facts.SignatureAlgorithm.Hash is { } hash
        ? hash.Name!.Replace("SHA", "SHA-", StringComparison.Ordinal) + " signature"
        : facts.SignatureAlgorithm.Name;

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
