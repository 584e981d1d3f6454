using CertInspect.Facts;
using CertInspect.Fleet;
using CertInspect.Rules.Kinds;

namespace CertInspect.Rules;

/// <summary>
/// The kinds of rule the code implements. A data file may define any number of rules of these kinds, with its own
/// ids, facts and severities; it cannot invent a kind. Adding a kind is one file in Rules/Kinds and one line here.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleKind> Kinds { get; } =
    [
        NotDateCodedRule.Kind,
        UndocumentedWeekRule.Kind,
        DuplicateSerialRule.Kind,
        ManufactureWindowRule.Kind,
        PredictedMicExpiryRule.Kind,
        ModelDateRule.Kind,
        CertificateExpiredRule.Kind,
        CertificateExpiringRule.Kind,
        CertificateNotYetValidRule.Kind,
        CertificateNonconformantRule.Kind,
        ChainIncompleteRule.Kind,
        ChainBadSignatureRule.Kind,
        ChainImpostorCaRule.Kind,
        TrustedCaEndsRule.Kind,
        TrustedCaWeakSignatureRule.Kind,
        ChainHashRule.Sha1OnlyKind,
        ChainHashRule.MixedKind,
        CaExpiringRule.Kind,
        DualMicRule.Kind,
        Sha2MicInvalidRule.Kind,
        PredictionMismatchRule.Kind,
        IdentityConflictRule.Kind,
        Sha2ProofRule.Kind,
        TriggerReleaseRule.Kind,
        ControllerCertificateRule.ExpiredKind,
        ControllerCertificateRule.ExpiringKind,
        LogSignatureRule.Kind,
        AmbiguousTimeRule.Kind,
        NotJoinedRule.Kind,
    ];

    /// <summary>The certificate roles rules may list.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["mic", "sudi", "ssc", "lsc", "lsc-dot1x", "web", "other"];

    public static RuleKind? Find(string name) => Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>What is wrong with the definition, as phrases to follow the rule's name; empty when nothing is.</summary>
    /// <param name="checkPatterns">Whether its regular expressions are compiled to see that they are valid (see
    /// <see cref="RuleKind.Check"/>).</param>
    public static IEnumerable<string> Check(RuleDefinition rule, CiscoFacts facts, bool checkPatterns = true)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        if (rule.Remediation is not { AireOs: not null, Catalyst9800: not null })
        {
            yield return "needs 'remediation' with 'aireOs' and 'catalyst9800'";
        }

        foreach (string role in rule.Roles.Where(r => !Roles.Contains(r, StringComparer.Ordinal)))
        {
            yield return $"lists role '{role}', which is not one of: {string.Join(", ", Roles)}";
        }

        foreach (string type in rule.DeviceTypes.Where(t => !DeviceTypes.All.Contains(t, StringComparer.Ordinal)))
        {
            yield return $"lists device type '{type}', which is not one of: {string.Join(", ", DeviceTypes.All)}";
        }

        if (Find(rule.Kind) is not { } kind)
        {
            yield return $"has kind '{rule.Kind}', which is not one of: {string.Join(", ", Kinds.Select(k => k.Name))}";
            yield break;
        }

        foreach (string problem in kind.Check(rule, facts, checkPatterns))
        {
            yield return problem;
        }
    }

    /// <summary>Problems for each model family a rule names that the facts do not define.</summary>
    public static IEnumerable<string> UnknownFamilies(IEnumerable<string> families, CiscoFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return families
            .Where(f => !facts.ModelFamilies.Any(defined => string.Equals(defined.Id, f, StringComparison.Ordinal)))
            .Select(f => $"names model family '{f}', which 'modelFamilies' does not define");
    }

    /// <summary>Problems for each pattern that is not a valid regular expression.</summary>
    public static IEnumerable<string> InvalidPatterns(IEnumerable<string> patterns)
    {
        var problems = new List<string>();
        foreach (string pattern in patterns)
        {
            FactsLoader.CheckPattern("a pattern", pattern, problems);
        }

        return problems.Select(p => p.Replace("a pattern has", "has", StringComparison.Ordinal));
    }
}
