using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Certificates;

/// <summary>
/// Cisco's public CA certificates built into the library, decoded: they anchor and verify chains unless a run leaves
/// them out (--no-builtin-trust). Each is checked against the SHA-256 the catalogue states, so a damaged build cannot
/// anchor anything.
/// </summary>
public static class BuiltInTrust
{
    /// <summary>How sources of built-in certificates are named: "built-in:crca2048.pem".</summary>
    public const string SourcePrefix = "built-in:";

    /// <summary>The container reports give a built-in certificate.</summary>
    public const string Container = "built-in";

    /// <summary>The built-in certificates of the catalogue's CAs, in catalogue order.</summary>
    /// <exception cref="InvalidOperationException">A built-in file does not decode to the certificate the catalogue names.</exception>
    public static IReadOnlyList<LocatedCertificate> Load(IReadOnlyList<CiscoCa> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var anchors = new List<LocatedCertificate>();
        foreach (CiscoCa ca in catalogue)
        {
            if (CiscoPki.Read(ca) is not { } content)
            {
                continue;
            }

            string source = SourcePrefix + ca.Certificate;
            CertificateFileContents read = CertificateFileReader.Read(content, source, _ => null);
            LocatedCertificate certificate = read.Certificates.Count == 1 && read.Errors.Count == 0
                ? read.Certificates[0]
                : throw new InvalidOperationException($"{source}: expected one certificate, read {read.Certificates.Count} ({string.Join("; ", read.Errors.Select(e => e.Message))})");
            string sha256 = certificate.Certificate.Sha256Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (!string.Equals(sha256, ca.Sha256, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{source}: SHA-256 {sha256}, but ciscoCa '{ca.Id}' states {ca.Sha256}"));
            }

            anchors.Add(certificate with { Container = Container });
        }

        return anchors;
    }

    /// <summary>How reports name the anchor a built-in certificate is: "built-in Cisco Root CA 2048 (crca2048.pem)".</summary>
    public static string AnchorName(LocatedCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        string file = certificate.Location.Source.StartsWith(SourcePrefix, StringComparison.Ordinal)
            ? certificate.Location.Source[SourcePrefix.Length..]
            : certificate.Location.Source;
        return $"built-in {certificate.Certificate.Subject.CommonName} ({file})";
    }
}
