using CertInspect.Fleet;
using CertInspect.Rules.Kinds;

namespace CertInspect.Rules;

/// <summary>
/// The kinds of rule the code implements. A data file may define any number of rules of these kinds, with its own
/// ids, facts and severities; it cannot invent a kind.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<string> Kinds { get; } =
    [
        NotDateCodedRule.KindName,
        UndocumentedWeekRule.KindName,
        DuplicateSerialRule.KindName,
        ManufactureWindowRule.KindName,
        PredictedMicExpiryRule.KindName,
        ModelDateRule.KindName,
        CertificateExpiredRule.KindName,
        CertificateExpiringRule.KindName,
        CertificateNotYetValidRule.KindName,
        CertificateNonconformantRule.KindName,
        ChainIncompleteRule.KindName,
        ChainBadSignatureRule.KindName,
        ChainHashRule.Sha1OnlyKind,
        ChainHashRule.MixedKind,
        CaExpiringRule.KindName,
        DualMicRule.KindName,
        Sha2MicInvalidRule.KindName,
        PredictionMismatchRule.KindName,
        IdentityConflictRule.KindName,
        Sha2ProofRule.KindName,
        TriggerReleaseRule.KindName,
        ControllerCertificateRule.ExpiredKind,
        ControllerCertificateRule.ExpiringKind,
        LogSignatureRule.KindName,
        AmbiguousTimeRule.KindName,
    ];

    /// <summary>The certificate roles rules may list.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["mic", "sudi", "ssc", "lsc", "other"];

    /// <summary>What the definition lacks for its kind, as phrases to follow the rule's name; empty when it is complete.</summary>
    public static IEnumerable<string> Check(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Remediation is null)
        {
            yield return "needs 'remediation'";
        }

        foreach (string role in rule.Roles.Where(r => !Roles.Contains(r, StringComparer.Ordinal)))
        {
            yield return $"lists role '{role}', which is not one of: {string.Join(", ", Roles)}";
        }

        foreach (string type in rule.DeviceTypes.Where(t => !DeviceTypes.All.Contains(t, StringComparer.Ordinal)))
        {
            yield return $"lists device type '{type}', which is not one of: {string.Join(", ", DeviceTypes.All)}";
        }

        switch (rule.Kind)
        {
            case Sha2ProofRule.KindName:
                if (rule.Outcome is not (Sha2ProofRule.Affected or Sha2ProofRule.NotAffected))
                {
                    yield return $"needs 'outcome': {Sha2ProofRule.Affected} or {Sha2ProofRule.NotAffected}";
                }

                break;
            case TriggerReleaseRule.KindName:
                if (rule.ReleasePatterns.Count == 0)
                {
                    yield return "needs 'releasePatterns'";
                }

                break;
            case LogSignatureRule.KindName:
                if (rule.Patterns.Count == 0)
                {
                    yield return "needs 'patterns'";
                }

                break;
            case ManufactureWindowRule.KindName:
                if (rule.Window is null)
                {
                    yield return "needs 'window'";
                }
                else if (rule.Window.FromWeek > rule.Window.ToWeek)
                {
                    yield return "has a 'window' whose fromWeek is after its toWeek";
                }

                break;
            case ModelDateRule.KindName:
                if (rule.EffectiveDate is null)
                {
                    yield return "needs 'effectiveDate'";
                }

                if (rule.Families.Count == 0)
                {
                    yield return "needs 'families'";
                }

                break;
            case IdentityConflictRule.KindName:
                if (rule.Field is not (IdentityConflictRule.NameField or IdentityConflictRule.MacField or IdentityConflictRule.CertificateSerialField or IdentityConflictRule.ModelField))
                {
                    yield return $"needs 'field': {IdentityConflictRule.NameField}, {IdentityConflictRule.MacField}, {IdentityConflictRule.CertificateSerialField} or {IdentityConflictRule.ModelField}";
                }

                break;
            case PredictionMismatchRule.KindName:
                if (rule.ToleranceDays is null or < 0)
                {
                    yield return "needs a non-negative 'toleranceDays'";
                }

                break;
            case Sha2MicInvalidRule.KindName:
                if (rule.IssuerNames.Count == 0)
                {
                    yield return "needs 'issuerNames'";
                }

                break;
            case var kind when Kinds.Contains(kind, StringComparer.Ordinal):
                break;
            default:
                yield return $"has kind '{rule.Kind}', which is not one of: {string.Join(", ", Kinds)}";
                break;
        }
    }

    /// <summary>The rule that evaluates a definition <see cref="Check"/> found complete.</summary>
    public static IRule Create(RuleDefinition rule, RuleSet facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        return rule.Kind switch
        {
            NotDateCodedRule.KindName => new NotDateCodedRule(rule),
            UndocumentedWeekRule.KindName => new UndocumentedWeekRule(rule, facts.SerialFormat),
            DuplicateSerialRule.KindName => new DuplicateSerialRule(rule),
            ManufactureWindowRule.KindName => new ManufactureWindowRule(rule),
            PredictedMicExpiryRule.KindName => new PredictedMicExpiryRule(rule),
            ModelDateRule.KindName => new ModelDateRule(rule),
            CertificateExpiredRule.KindName => new CertificateExpiredRule(rule),
            CertificateExpiringRule.KindName => new CertificateExpiringRule(rule),
            CertificateNotYetValidRule.KindName => new CertificateNotYetValidRule(rule),
            CertificateNonconformantRule.KindName => new CertificateNonconformantRule(rule),
            ChainIncompleteRule.KindName => new ChainIncompleteRule(rule),
            ChainBadSignatureRule.KindName => new ChainBadSignatureRule(rule),
            ChainHashRule.Sha1OnlyKind or ChainHashRule.MixedKind => new ChainHashRule(rule),
            CaExpiringRule.KindName => new CaExpiringRule(rule, facts),
            DualMicRule.KindName => new DualMicRule(rule),
            Sha2MicInvalidRule.KindName => new Sha2MicInvalidRule(rule),
            PredictionMismatchRule.KindName => new PredictionMismatchRule(rule),
            IdentityConflictRule.KindName => new IdentityConflictRule(rule, facts),
            Sha2ProofRule.KindName => new Sha2ProofRule(rule),
            TriggerReleaseRule.KindName => new TriggerReleaseRule(rule, facts.SerialFormat),
            ControllerCertificateRule.ExpiredKind or ControllerCertificateRule.ExpiringKind => new ControllerCertificateRule(rule),
            LogSignatureRule.KindName => new LogSignatureRule(rule),
            AmbiguousTimeRule.KindName => new AmbiguousTimeRule(rule),
            _ => throw new RuleDataException($"rule '{rule.Id}' has unknown kind '{rule.Kind}'"),
        };
    }
}
