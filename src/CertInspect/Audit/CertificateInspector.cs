using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Reporting.Models;

namespace CertInspect.Audit;

/// <summary>
/// Decides what inspect and parse show about certificates before a writer is called: each certificate's role,
/// identity, chain over the run's pool and --trust, and whether a Cisco-named CA is genuine.
/// </summary>
public static class CertificateInspector
{
    public static CertificateInspection Inspect(
        IReadOnlyList<LocatedCertificate> certificates,
        IReadOnlyList<LocatedCertificate> trusted,
        IReadOnlyList<InputError> errors,
        CiscoFacts facts,
        DateOnly asOf,
        bool builtInTrust = true)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(facts);
        ChainBuilder chains = TrustPool.Create(certificates, trusted, builtInTrust ? BuiltInTrust.Load(facts.CiscoCas) : [], new CatalogueChain(facts.CiscoCas));

        var classifier = new CertificateClassifier(facts.CiscoCas, facts.CertificatePurposes);
        var inspected = certificates.Select(c => new InspectedCertificate(
            c,
            classifier.Classify(c.Certificate),
            CertificateClassifier.Identify(c.Certificate),
            chains.Build(c),
            classifier.IsGenuine(c.Certificate))).ToList();
        return new CertificateInspection(asOf, inspected, errors);
    }

    /// <summary>The captures with the role of every certificate they describe.</summary>
    public static ParsedCaptures Classify(IReadOnlyList<CaptureReport> reports, CiscoFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(facts);
        var classifier = new CertificateClassifier(facts.CiscoCas, facts.CertificatePurposes);
        var roles = new Dictionary<LocatedCertificate, CertificateRole>(ReferenceEqualityComparer.Instance);
        foreach (LocatedCertificate certificate in reports.SelectMany(r => r.Devices).SelectMany(d => d.Certificates))
        {
            roles[certificate] = classifier.Classify(certificate.Certificate);
        }

        return new ParsedCaptures(asOf, reports, roles);
    }
}
