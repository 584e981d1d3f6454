using System.Globalization;
using System.Text.Json;
using CertInspect.Facts;
using CertInspect.Reporting.Csv;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Table;
using CertInspect.Rules;

namespace CertInspect.Reporting.Formatted;

/// <summary>
/// Lists the rules in force with their sources and the data versions, as a table, as JSON, or as CSV (one row per
/// rule with its detail and both platforms' remediation: the legend a CSV audit report's rule ids point into). The
/// table fits <paramref name="width"/> when one is given (a terminal's, or COLUMNS): the kind gives way, titles wrap
/// in their column and sources under a hanging indent.
/// </summary>
public sealed class RuleListWriter(ModelFormat format, int? width = null)
    : FormattedWriter<RuleSet>(format, new Dictionary<ModelFormat, Action<RuleSet, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = (rules, output) => WriteTable(rules, output, width), [ModelFormat.Csv] = WriteCsv })
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

    private static void WriteTable(RuleSet rules, TextWriter output, int? width)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(output);
        void Lines(string indent, string text, int hanging, bool breakLongWords = false)
        {
            foreach (string line in HangingIndent.Wrap(indent, text, hanging, width, breakLongWords))
            {
                output.WriteLine(line);
            }
        }

        Lines(string.Empty, $"Rules data: {string.Join(", ", rules.Versions)}", 2);
        output.WriteLine();
        var table = WrappedTable.Fit(
            ["RULE", "KIND", "SEVERITY", "TITLE"],
            [.. rules.Rules.Select(r => new[] { r.Id, r.Kind, r.Enabled ? r.Severity.ToName() : "disabled", r.Title })],
            giveWay: [1],
            width);
        foreach (string line in table.Header)
        {
            output.WriteLine(line);
        }

        string under = new(' ', table.SecondColumn);
        for (int i = 0; i < rules.Rules.Count; i++)
        {
            foreach (string line in table.Row(i))
            {
                output.WriteLine(line);
            }

            IReadOnlyList<string> sources = rules.Rules[i].Sources;
            Lines(under, $"sources: {(sources.Count == 0 ? "none" : string.Join(", ", sources))}", under.Length + 4);
        }

        if (table.LeftOut.Count > 0)
        {
            Lines(string.Empty, string.Create(CultureInfo.InvariantCulture, $"Left out to fit {width} columns: {string.Join(", ", table.LeftOut).ToLowerInvariant()}."), 2);
        }

        output.WriteLine();
        output.WriteLine("Sources:");
        foreach (SourceReference source in rules.Facts.Sources)
        {
            Lines("  ", $"{source.Id} [{source.Confidence}] {source.Title}", 6);
            // A reference's URLs are broken after a slash rather than run past the width.
            Lines("      ", source.Reference, 6, breakLongWords: true);
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
