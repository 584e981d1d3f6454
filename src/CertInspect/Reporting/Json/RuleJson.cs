using System.Text.Json;
using CertInspect.Rules;

namespace CertInspect.Reporting.Json;

/// <summary>A rule as every JSON document gives it: id, kind, severity, (enabled,) title, detail, remediation, sources.</summary>
internal static class RuleJson
{
    /// <param name="withEnabled">Whether to say if the rule is enabled: the rule list does; a report lists only the
    /// rules in force.</param>
    public static void Write(Utf8JsonWriter json, RuleDefinition rule, bool withEnabled)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("kind", rule.Kind);
        json.WriteString("severity", rule.Severity.ToName());
        if (withEnabled)
        {
            json.WriteBoolean("enabled", rule.Enabled);
        }

        json.WriteString("title", rule.Title);
        json.WriteString("detail", rule.Detail);
        json.WriteStartObject("remediation");
        json.WriteString("aireOs", rule.Remediation?.AireOs);
        json.WriteString("catalyst9800", rule.Remediation?.Catalyst9800);
        json.WriteEndObject();
        json.WriteStringArray("sources", rule.Sources);
        json.WriteEndObject();
    }
}
