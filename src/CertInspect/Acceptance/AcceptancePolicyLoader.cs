using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CertInspect.Facts;
using CertInspect.Rules;

namespace CertInspect.Acceptance;

/// <summary>Reads and checks a policy file; an unusable one throws <see cref="RuleDataException"/> naming what is wrong.</summary>
public static class AcceptancePolicyLoader
{
    private static readonly JsonSerializerOptions _options = FactsLoader.ReadOnly(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = AcceptanceJsonContext.Default,
    });

    /// <summary>Where the policy's expected serials are: its path, taken relative to the policy file's folder.</summary>
    public static string ExpectedSerialsPath(string policyPath, AcceptancePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        string? folder = Path.GetDirectoryName(policyPath);
        return string.IsNullOrEmpty(folder) ? policy.ExpectedSerials : Path.Combine(folder, policy.ExpectedSerials);
    }

    public static AcceptancePolicy Load(string path, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        AcceptancePolicy? policy;
        try
        {
            (policy, _) = DataFile.Read(File.ReadAllBytes(path), path, "policy file", (JsonTypeInfo<AcceptancePolicy>)_options.GetTypeInfo(typeof(AcceptancePolicy)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleDataException($"{path}: cannot read the policy file: {e.Message}", e);
        }

        if (policy is null || policy.Schema != 1)
        {
            throw new RuleDataException($"{path}: expected a policy of schema 1.");
        }

        var known = rules.Rules.Select(r => r.Id).Append(AcceptanceJudge.MicValidityRule).Append("*").ToHashSet(StringComparer.Ordinal);
        var problems = policy.RejectRules.Concat(policy.Exceptions.SelectMany(e => e.Rules))
            .Where(id => !known.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => $"rule '{id}' is not one of the rules in force")
            .ToList();
        if (policy.RejectSeverity is { } severity && !SeverityNames.TryParse(severity, out _))
        {
            problems.Add($"rejectSeverity '{severity}' is not info, low, medium, high or critical");
        }

        if (policy.Unjudged is not (AcceptanceJudge.UnjudgedAccept or AcceptanceJudge.UnjudgedReview or AcceptanceJudge.UnjudgedReject))
        {
            problems.Add($"unjudged '{policy.Unjudged}' is not {AcceptanceJudge.UnjudgedAccept}, {AcceptanceJudge.UnjudgedReview} or {AcceptanceJudge.UnjudgedReject}");
        }

        if (policy.MinimumMicValidityDays is < 0)
        {
            problems.Add("minimumMicValidityDays must not be negative");
        }

        if (problems.Count > 0)
        {
            throw new RuleDataException($"{path}: {string.Join("; ", problems)}.");
        }

        return policy;
    }
}
