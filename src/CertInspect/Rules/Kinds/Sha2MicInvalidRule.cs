using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>A SHA-2 MIC whose signature does not verify under the CA named in issuerNames: strong evidence of the
/// defect (CSCur43050), as opposed to a serial inside its window.</summary>
public sealed class Sha2MicInvalidRule(RuleDefinition definition, Sha2MicInvalidRule.Parameters parameters) : IRule
{
    public const string KindName = "sha2-mic-invalid";

    /// <summary>The kind: the names of the CAs whose failed signature is evidence of the defect.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => p.IssuerNames.Count > 0 ? [] : ["needs 'issuerNames'"],
        (definition, p, _) => new Sha2MicInvalidRule(definition, p));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        foreach (DeviceCertificate mic in device.Certificates.Where(c => c.Role == CertificateRole.Mic && !c.Facts.SignatureAlgorithm.IsSha1))
        {
            ChainLink leaf = mic.Chain.Links[0];
            string? issuer = mic.Facts.Issuer.CommonName;
            if (leaf.SignatureByIssuer?.Result == SignatureCheckResult.Invalid
                && issuer is not null && parameters.IssuerNames.Contains(issuer, StringComparer.OrdinalIgnoreCase))
            {
                yield return Definition.FindingFor(
                    mic,
                    Definition.Severity,
                    $"The SHA-2 {CertificateText.Name(mic, device.Certificates)} does not verify under {issuer}.");
            }
        }
    }

    /// <summary>issuerNames: the CAs whose failed signature on a SHA-2 MIC is evidence of CSCur43050.</summary>
    public sealed record Parameters
    {
        public IReadOnlyList<string> IssuerNames { get; set; } = [];
    }
}
