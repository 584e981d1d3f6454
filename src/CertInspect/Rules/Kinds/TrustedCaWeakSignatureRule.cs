using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A CA certificate a capture shows the device holding whose signature uses one of the listed hashes (MD5,
/// SHA-1): strict peers refuse such chains, and a collision can forge what such a CA signs (RFC 6151, RFC 6194).
/// Cisco's own CAs, known by name to the catalogue, are left to the rules about them.</summary>
public sealed class TrustedCaWeakSignatureRule(RuleDefinition definition, TrustedCaWeakSignatureRule.Parameters parameters, CertificateClassifier classifier) : IRule
{
    public const string KindName = "trusted-ca-weak-signature";

    public sealed record Parameters
    {
        /// <summary>The hashes this rule reports, as reports name them (md5, sha1).</summary>
        public required IReadOnlyList<string> Hashes { get; init; }
    }

    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        static (parameters, _) => parameters.Hashes.Count == 0 ? ["needs at least one hash in 'hashes'"] : [],
        static (definition, parameters, facts) => new TrustedCaWeakSignatureRule(definition, parameters, new CertificateClassifier(facts.CiscoCas)));

    public RuleDefinition Definition { get; } = definition;

    // Its certificates are the device's CAs, not its own certificates.
    public bool NeedsCertificates => false;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        // Cisco's own CAs are what they are (Root CA 2048 and its CAs are SHA-1 until 2029-05-14, which ca.expiring
        // judges on the chains that rest on them); one that is not Cisco's, chain.impostor-ca judges.
        foreach (DeviceCertificate ca in device.TrustedCas.Where(c => parameters.Hashes.Contains(c.Facts.SignatureAlgorithm.HashName, StringComparer.OrdinalIgnoreCase)
            && classifier.KnownCa(c.Facts.Subject) is null))
        {
            yield return Definition.FindingFor(
                ca,
                Definition.Severity,
                $"The device holds the {CertificateText.Name(ca, device.TrustedCas)}, signed with {ca.Facts.SignatureAlgorithm.Name}.");
        }
    }
}
