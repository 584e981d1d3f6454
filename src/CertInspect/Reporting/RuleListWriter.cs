using System.Text.Json;
using CertInspect.Facts;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// Lists the rules in force with their sources and the data versions, as a table, as JSON, or as CSV (one row per
/// rule with its detail and both platforms' remediation: the legend a CSV audit report's rule ids point into).
/// </summary>
public sealed class RuleListWriter(ModelFormat format)
    : FormattedWriter<RuleSet>(format, new Dictionary<ModelFormat, Action<RuleSet, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = WriteTable, [ModelFormat.Csv] = WriteCsv })
{
    /// <summary>The columns of the CSV form.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["id", "kind", "severity", "enabled", "title", "detail", "remediation_aireos", "remediation_catalyst9800", "sources"];

    private static void WriteCsv(RuleSet rules, TextWriter output)
    {
        CsvCell.WriteRow(output, CsvColumns);
        foreach (RuleDefinition rule in rules.Rules)
        {
            CsvCell.WriteRow(output, [
                CsvCell.Value(rule.Id),
                CsvCell.Value(rule.Kind),
                CsvCell.Value(rule.Severity.ToName()),
                CsvCell.Value(rule.Enabled ? "true" : "false"),
                CsvCell.Text(rule.Title),
                CsvCell.Text(rule.Detail),
                CsvCell.Text(rule.Remediation?.AireOs),
                CsvCell.Text(rule.Remediation?.Catalyst9800),
                CsvCell.Value(string.Join(";", rule.Sources)),
            ]);
        }
    }

    private static void WriteTable(RuleSet rules, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Rules data: {string.Join(", ", rules.Versions)}");
        output.WriteLine();
        int idWidth = rules.Rules.Max(r => r.Id.Length);
        int kindWidth = rules.Rules.Max(r => r.Kind.Length);
        output.WriteLine($"{"RULE".PadRight(idWidth)}  {"KIND".PadRight(kindWidth)}  SEVERITY  TITLE");
        foreach (RuleDefinition rule in rules.Rules)
        {
            string severity = rule.Enabled ? rule.Severity.ToName() : "disabled";
            output.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Kind.PadRight(kindWidth)}  {severity,-8}  {rule.Title}");
            output.WriteLine($"{string.Empty.PadRight(idWidth)}  sources: {string.Join(", ", rule.Sources)}");
        }

        output.WriteLine();
        output.WriteLine("Sources:");
        foreach (SourceReference source in rules.Facts.Sources)
        {
            output.WriteLine($"  {source.Id} [{source.Confidence}] {source.Title}");
            output.WriteLine($"      {source.Reference}");
        }
    }

    private static void WriteJson(RuleSet rules, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions))
        {
            json.WriteStartObject();
            json.WriteStringArray("versions", rules.Versions);
            json.WriteStartArray("rules");
            foreach (RuleDefinition rule in rules.Rules)
            {
                RuleJson.Write(json, rule, withEnabled: true);
            }

            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (SourceReference source in rules.Facts.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", source.Id);
                json.WriteString("title", source.Title);
                json.WriteString("reference", source.Reference);
                json.WriteString("confidence", source.Confidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }
}
