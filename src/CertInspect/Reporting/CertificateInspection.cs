using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>What inspect shows: every certificate read, classified, with its chain over the run's pool and --trust.</summary>
public sealed record CertificateInspection(DateOnly AsOf, IReadOnlyList<InspectedCertificate> Certificates, IReadOnlyList<InputError> Errors)
{
    public static CertificateInspection Create(
        IReadOnlyList<LocatedCertificate> certificates,
        IReadOnlyList<LocatedCertificate> trusted,
        IReadOnlyList<InputError> errors,
        RuleSet rules,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(trusted);
        var chains = new ChainBuilder();
        foreach (LocatedCertificate certificate in certificates.Concat(trusted))
        {
            chains.Add(certificate);
        }

        var classifier = new CertificateClassifier(rules.Facts.CiscoCas);
        var inspected = certificates.Select(c => new InspectedCertificate(
            c,
            classifier.Classify(c.Certificate),
            CertificateClassifier.Identify(c.Certificate),
            chains.Build(c),
            classifier.IsGenuine(c.Certificate))).ToList();
        return new CertificateInspection(asOf, inspected, errors);
    }
}
