using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The hash algorithms of a device certificate's chain: chain-sha1-only fires when every signature that makes the
/// chain is SHA-1; chain-mixed-hashes when SHA-1 and SHA-2 meet in one chain.
/// </summary>
public sealed class ChainHashRule(RuleDefinition definition) : IRule
{
    public const string Sha1OnlyKindName = "chain-sha1-only";
    public const string MixedKindName = "chain-mixed-hashes";

    /// <summary>A chain signed only with SHA-1: no parameters of its own.</summary>
    public static RuleKind Sha1OnlyKind { get; } = RuleKind.WithoutParameters(Sha1OnlyKindName, (definition, _) => new ChainHashRule(definition));

    /// <summary>A chain that mixes SHA-1 and SHA-2: no parameters of its own.</summary>
    public static RuleKind MixedKind { get; } = RuleKind.WithoutParameters(MixedKindName, (definition, _) => new ChainHashRule(definition));
    private const string Sha1 = "sha1";

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        bool sha1Only = string.Equals(Definition.Kind, Sha1OnlyKindName, StringComparison.Ordinal);
        foreach (var certificate in Definition.CertificatesOf(device))
        {
            // A hash nobody stated (a CA described in text without its algorithm) neither mixes nor settles a chain.
            List<string> hashes = certificate.Chain.SignatureHashes.Where(h => h != "unknown").ToList();
            bool hasSha1 = hashes.Contains(Sha1, StringComparer.Ordinal);
            bool fires = sha1Only ? hasSha1 && hashes.Count == 1 : hasSha1 && hashes.Count > 1;
            if (fires)
            {
                yield return Definition.FindingFor(
                    certificate,
                    Definition.Severity,
                    $"The chain of the {CertificateText.Name(certificate, device.Certificates)} ({certificate.Chain.Describe()}) is signed with {string.Join(" and ", hashes)}.");
            }
        }
    }
}
