using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>An AP that holds both a SHA-1 and a SHA-2 MIC: the population CSCur43050 comes from.</summary>
public sealed class DualMicRule(RuleDefinition definition) : IRule
{
    public const string KindName = "mic-sha1-and-sha2";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new DualMicRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        var mics = device.Certificates.Where(c => c.Role == CertificateRole.Mic).ToList();
        DeviceCertificate? sha1 = mics.FirstOrDefault(c => c.Facts.SignatureAlgorithm.IsSha1);
        DeviceCertificate? sha2 = mics.FirstOrDefault(c => c.Facts.SignatureAlgorithm.Hash is { } hash && !c.Facts.SignatureAlgorithm.IsSha1);
        if (sha1 is not null && sha2 is not null)
        {
            yield return Definition.FindingFor(
                sha2,
                Definition.Severity,
                $"The device holds a SHA-1 MIC (issued by {sha1.Facts.Issuer.CommonName}) and a SHA-2 MIC (issued by {sha2.Facts.Issuer.CommonName}).");
        }
    }
}
