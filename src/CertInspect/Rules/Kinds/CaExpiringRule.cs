using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// A CA above a device certificate ends: the chain is invalid from then on, whatever the leaf says. The CA's end is
/// read from its certificate when present, else from the rules data for a Cisco CA known by name (May 2029 for
/// Cisco Root CA 2048 and the CAs under it). One finding per device, for the CA that ends first.
/// </summary>
public sealed class CaExpiringRule(RuleDefinition definition, CiscoFacts facts) : IRule
{
    public const string KindName = "ca-expiring";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, facts) => new CaExpiringRule(definition, facts));

    private readonly CertificateClassifier _classifier = new(facts.CiscoCas);

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ends = Definition.CertificatesOf(device).SelectMany(c => CaEnds(c).Select(end => (Certificate: c, end.Name, end.NotAfter, end.FromData))).ToList();
        if (ends.Count == 0)
        {
            yield break;
        }

        var first = ends.MinBy(e => e.NotAfter);
        int daysLeft = DateOnly.FromDateTime(first.NotAfter.UtcDateTime).DayNumber - context.AsOf.DayNumber;
        string source = first.FromData ? " (date from the rules data: the CA certificate was not given)" : string.Empty;
        if (daysLeft < 0)
        {
            yield return Definition.FindingFor(
                first.Certificate,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"{first.Name}, a CA above the {CertificateText.Name(first.Certificate, device.Certificates)}, ended on {CertificateText.Time(first.NotAfter)}{source}: the chain is invalid."));
        }
        else if (context.SeverityWithin(daysLeft) is { } severity)
        {
            yield return Definition.FindingFor(
                first.Certificate,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"{first.Name}, a CA above the {CertificateText.Name(first.Certificate, device.Certificates)}, ends on {CertificateText.Time(first.NotAfter)}{source}, in {daysLeft} days: the chain is invalid from then on."));
        }
    }

    private IEnumerable<(string Name, DateTimeOffset NotAfter, bool FromData)> CaEnds(DeviceCertificate certificate)
    {
        foreach (ChainLink link in certificate.Chain.Links.Skip(1))
        {
            CertificateFacts ca = link.Certificate.Certificate;
            yield return (ca.Subject.CommonName ?? ca.Subject.Rfc4514, ca.NotAfter, false);
        }

        if (certificate.Chain.End == ChainEnd.IssuerMissing
            && _classifier.KnownCa(certificate.Chain.Links[^1].Certificate.Certificate.Issuer) is { NotAfter: { } notAfter } known)
        {
            yield return (known.CommonName, notAfter, true);
        }
    }
}
