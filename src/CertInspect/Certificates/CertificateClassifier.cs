using System.Text.RegularExpressions;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Certificates;

/// <summary>
/// Tells what a certificate is (MIC, SUDI, SSC, LSC, the HTTPS server's, CA, other) and which device it names. Cisco's
/// CAs are known by name from the rules data; when the CA certificate itself is at hand its fingerprint is compared
/// too. A certificate kept for another purpose (the HTTPS server's self-signed one) is known by the names the rules
/// data gives such certificates, so that it is never judged as an AP's SSC.
/// </summary>
public sealed partial class CertificateClassifier(IReadOnlyList<CiscoCa> ciscoCas, IReadOnlyList<CertificatePurpose> purposes)
{
    /// <summary>A classifier that knows Cisco's CAs but no other purposes.</summary>
    public CertificateClassifier(IReadOnlyList<CiscoCa> ciscoCas)
        : this(ciscoCas, [])
    {
    }

    private readonly IReadOnlyList<(DataPattern? CommonName, DataPattern? Trustpoint)> _webServer = purposes
        .Where(p => p.Role == "web")
        .Select(p => (
            DataPattern.Of(p.CommonNamePattern, RegexOptions.IgnoreCase),
            DataPattern.Of(p.TrustpointPattern, RegexOptions.IgnoreCase)))
        .ToList();

    private readonly Dictionary<string, CiscoCa> _byName = ciscoCas
        .GroupBy(ca => ca.CommonName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    // The built-in certificates, by common name: a CA named like one of them is genuine only with the same key.
    private readonly Lazy<Dictionary<string, LocatedCertificate>> _builtIn = new(() => BuiltInTrust.Load(ciscoCas)
        .GroupBy(c => c.Certificate.Subject.CommonName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));

    public CertificateRole Classify(CertificateFacts certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        CiscoCa? issuer = KnownCa(certificate.Issuer);
        bool deviceStyle = !Identify(certificate).IsEmpty;

        // IOS makes its HTTPS server's self-signed certificate with CA:TRUE (decoded from a running-config's hex, it
        // says so): it is the web server's all the same, never a CA of the device's chains.
        if (issuer is null && !deviceStyle && certificate.IsCa == true && !_byName.ContainsKey(certificate.Subject.CommonName ?? string.Empty) && IsWebServers(certificate))
        {
            return CertificateRole.WebServer;
        }

        if (certificate.IsCa == true || _byName.ContainsKey(certificate.Subject.CommonName ?? string.Empty))
        {
            return CertificateRole.CertificateAuthority;
        }

        // An upgraded autonomous AP keeps its SSC (an AP-style subject) in a self-signed trustpoint too: only a
        // certificate that does not name an AP is the HTTPS server's.
        if (issuer is null && !deviceStyle && IsWebServers(certificate))
        {
            return CertificateRole.WebServer;
        }
        if (issuer is null && certificate.StatedRole is { } stated)
        {
            // Pasted text that names the role ("CA Certificate", "Locally Significant Certificate") is believed when the
            // issuer does not settle it and the certificate is not the HTTPS server's (IOS heads that one "Router
            // Self-Signed Certificate" too).
            return stated;
        }

        if (issuer?.Role == "manufacturing")
        {
            return CertificateRole.Mic;
        }

        if (issuer?.Role == "sudi")
        {
            return CertificateRole.Sudi;
        }

        if (certificate.IsSelfIssued)
        {
            return deviceStyle ? CertificateRole.SelfSigned : CertificateRole.CertificateAuthority;
        }

        return deviceStyle ? CertificateRole.Lsc : CertificateRole.Other;
    }

    // The HTTPS server's certificate, by its subject's common name or the trustpoint the text associates it with.
    private bool IsWebServers(CertificateFacts certificate)
    {
        IEnumerable<string> trustpoints = certificate.TextFields
            .Where(f => f.Key == "associated trustpoints")
            .SelectMany(f => f.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return _webServer.Any(p =>
            (p.CommonName is not null && certificate.Subject.CommonName is { } cn && p.CommonName.IsMatch(cn))
            || (p.Trustpoint is not null && trustpoints.Any(p.Trustpoint.IsMatch)));
    }

    /// <summary>The Cisco CA a name belongs to, by common name; null for any other name.</summary>
    public CiscoCa? KnownCa(DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.CommonName is { } cn && _byName.TryGetValue(cn, out CiscoCa? ca) ? ca : null;
    }

    /// <summary>
    /// Whether a CA certificate claims to be one of Cisco's and is not: its subject is a built-in Cisco CA's whole
    /// name (RFC 5280 §7.1 name matching, here by the RFC 4514 text ignoring case), its key another. A CA that only
    /// shares the common name (a test CA with an OU of its own) makes no such claim; <see cref="IsGenuine"/> still
    /// says it is not Cisco's.
    /// </summary>
    public bool Impersonates(CertificateFacts ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        return !ca.IsTextual
            && ca.Subject.CommonName is { } cn
            && _builtIn.Value.TryGetValue(cn, out LocatedCertificate? builtIn)
            && string.Equals(ca.Subject.Rfc4514, builtIn.Certificate.Subject.Rfc4514, StringComparison.OrdinalIgnoreCase)
            && !ca.PublicKey.SubjectPublicKeyInfo.Span.SequenceEqual(builtIn.Certificate.PublicKey.SubjectPublicKeyInfo.Span);
    }

    /// <summary>
    /// For a CA certificate named like one of Cisco's: whether it is Cisco's. With a built-in copy, the key must be the
    /// built-in one's (a re-issued CA keeps its key); otherwise the catalogue's fingerprint prefix must match. Null
    /// when there is nothing to compare (text carries no key).
    /// </summary>
    public bool? IsGenuine(CertificateFacts ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        if (ca.IsTextual)
        {
            return null;
        }

        if (ca.Subject.CommonName is { } cn && _builtIn.Value.TryGetValue(cn, out LocatedCertificate? builtIn))
        {
            return ca.PublicKey.SubjectPublicKeyInfo.Span.SequenceEqual(builtIn.Certificate.PublicKey.SubjectPublicKeyInfo.Span);
        }

        return KnownCa(ca.Subject) is { Sha256Prefix: { } prefix }
            ? ca.Sha256Fingerprint.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            : null;
    }

    public static CertificateIdentity Identify(CertificateFacts certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        string? platform = null;
        string? mac = null;
        if (certificate.Subject.CommonName is { } cn && DeviceCommonName().Match(cn) is { Success: true } match)
        {
            platform = match.Groups["platform"].Value;
            mac = MacAddress.Normalize(match.Groups["mac"].Value);
        }

        string? pid = null;
        string? serial = null;
        if (certificate.Subject.Get("serialNumber") is { } sudi && SudiSerialNumber().Match(sudi) is { Success: true } sudiMatch)
        {
            pid = sudiMatch.Groups["pid"].Value;
            serial = sudiMatch.Groups["sn"].Value.ToUpperInvariant();
        }

        return new CertificateIdentity(platform, mac, pid, serial);
    }

    // Cisco's MIC and SUDI subjects (rules data source cisco-cas): CN is the platform (C1130, AP1G4) or the PID (AIR-CT5508-K9), a dash, and the MAC in 12 hex digits.
    [GeneratedRegex("^(?<platform>[A-Za-z0-9][A-Za-z0-9-]*)-(?<mac>[0-9A-Fa-f]{12})$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceCommonName();

    // Cisco's MIC and SUDI subjects (rules data source cisco-cas): serialNumber=PID:WS-C3850-24P SN:FCW1947C0GF.
    [GeneratedRegex(@"PID:\s*(?<pid>\S+)\s+SN:\s*(?<sn>\S+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SudiSerialNumber();
}
