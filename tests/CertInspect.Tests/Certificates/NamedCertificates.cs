using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

/// <summary>
/// Certificates that are nothing but names, for chain walks: a fixture's facts with the subject, the issuer and the
/// handle replaced, no key identifiers, and (for the signed kind) a signature that verifies under no issuer.
/// </summary>
internal static class NamedCertificates
{
    private static readonly CertificateFacts _template = CertificateFixtures.Facts("ca/root-2048.pem");

    /// <summary>"CN=<paramref name="subject"/>" issued by "CN=<paramref name="issuer"/>", found in <paramref name="source"/>.</summary>
    public static LocatedCertificate Named(string subject, string issuer, string source = "capture.txt") =>
        new(
            _template with
            {
                Subject = Name(subject),
                Issuer = Name(issuer),
                SubjectKeyId = null,
                AuthorityKeyId = null,
                Sha256Fingerprint = $"{source}:{subject}<-{issuer}",
            },
            new SourceLocation(source, 1),
            "text",
            1);

    private static DistinguishedName Name(string commonName) => new([[new NameEntry("2.5.4.3", "CN", commonName, "UTF8String")]]);
}
