using System.Globalization;
using System.Text.Json;
using CertInspect.Reporting.Csv;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Markdown;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;

namespace CertInspect.Reporting.Formatted;

/// <summary>
/// Writes what changed between two audits (README "certinspect diff"): the two audits and the counts, then one line,
/// row or object per changed device, worst change first. Table, CSV, JSON and Markdown. The table fits
/// <paramref name="width"/> when one is given (a terminal's, or COLUMNS): the site gives way, the findings wrap in their
/// column.
/// </summary>
public sealed class DiffWriter(ModelFormat format, int? width = null)
    : FormattedWriter<AuditDiff>(format, new Dictionary<ModelFormat, Action<AuditDiff, TextWriter>>
    {
        [ModelFormat.Table] = (diff, output) => WriteTable(diff, output, width),
        [ModelFormat.Csv] = WriteCsv,
        [ModelFormat.Json] = WriteJson,
        [ModelFormat.Markdown] = WriteMarkdown,
    })
{
    /// <summary>The version of the diff's JSON shape.</summary>
    public const int SchemaVersion = 1;

    public static IReadOnlyList<string> CsvColumns { get; } =
        ["change", "key", "serial", "name", "site", "old_risk", "new_risk", "appeared", "resolved", "regraded"];

    private static void WriteTable(AuditDiff diff, TextWriter output, int? width)
    {
        string[] head = diff.RenamedToUnjudged > 0 ? [$"Old: {Side(diff.Old)}", $"New: {Side(diff.New)}", Counts(diff), Renamed(diff)] : [$"Old: {Side(diff.Old)}", $"New: {Side(diff.New)}", Counts(diff)];
        foreach (string line in head.SelectMany(l => HangingIndent.Wrap(string.Empty, l, 2, width)))
        {
            output.WriteLine(line);
        }

        if (diff.Changes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var table = WrappedTable.Fit(
            ["CHANGE", "DEVICE", "SITE", "RISK", "FINDINGS"],
            [.. diff.Changes.Select(c => new[] { c.KindName, Identity(c), c.Site ?? string.Empty, Risk(c), Findings(c) })],
            giveWay: [2],
            width);
        foreach (string line in table.Header.Concat(Enumerable.Range(0, diff.Changes.Count).SelectMany(table.Row)))
        {
            output.WriteLine(line);
        }

        if (table.LeftOut.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Left out to fit {width} columns: {string.Join(", ", table.LeftOut).ToLowerInvariant()}."));
        }
    }

    private static void WriteMarkdown(AuditDiff diff, TextWriter output)
    {
        output.WriteLine("## CertInspect: what changed");
        output.WriteLine();
        output.WriteLine($"- Old: {MarkdownText.Inline(Side(diff.Old))}");
        output.WriteLine($"- New: {MarkdownText.Inline(Side(diff.New))}");
        output.WriteLine();
        output.WriteLine(Counts(diff));
        if (diff.RenamedToUnjudged > 0)
        {
            output.WriteLine(Renamed(diff));
        }

        if (diff.Changes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| Change | Device | Site | Risk | Findings |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (DeviceChange change in diff.Changes)
        {
            output.WriteLine($"| {change.KindName} | {MarkdownText.Cell(Identity(change))} | {MarkdownText.Cell(change.Site ?? string.Empty)} | {Risk(change)} | {MarkdownText.Cell(Findings(change))} |");
        }
    }

    private static void WriteCsv(AuditDiff diff, TextWriter output)
    {
        CsvCell.WriteRow(output, CsvColumns);
        foreach (DeviceChange change in diff.Changes)
        {
            CsvCell.WriteRow(output, [
                CsvCell.Value(change.KindName),
                CsvCell.Text(change.Key),
                CsvCell.Text(change.Serial),
                CsvCell.Text(change.Name),
                CsvCell.Text(change.Site),
                CsvCell.Value(change.OldRisk),
                CsvCell.Value(change.NewRisk),
                CsvCell.Value(string.Join(";", change.Appeared.Select(a => $"{a.Rule}:{a.Severity}"))),
                CsvCell.Value(string.Join(";", change.Resolved.Select(r => $"{r.Rule}:{r.Severity}"))),
                CsvCell.Value(string.Join(";", change.Regraded.Select(r => $"{r.Rule}:{r.Previous}>{r.Severity}"))),
            ]);
        }
    }

    private static void WriteJson(AuditDiff diff, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            WriteSide(json, "old", diff.Old);
            WriteSide(json, "new", diff.New);
            json.WriteStartObject("counts");
            json.WriteNumber("riskRaised", diff.Count(DeviceChangeKind.RiskRaised));
            json.WriteNumber("new", diff.Count(DeviceChangeKind.New));
            json.WriteNumber("findingsChanged", diff.Count(DeviceChangeKind.FindingsChanged));
            json.WriteNumber("riskLowered", diff.Count(DeviceChangeKind.RiskLowered));
            json.WriteNumber("gone", diff.Count(DeviceChangeKind.Gone));
            json.WriteNumber("unchanged", diff.Unchanged);
            json.WriteNumber("renamedToUnjudged", diff.RenamedToUnjudged);
            json.WriteNumber("findingsAppeared", diff.FindingsAppeared);
            json.WriteNumber("findingsResolved", diff.FindingsResolved);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (DeviceChange change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("change", change.KindName);
                json.WriteString("key", change.Key);
                json.WriteString("serial", change.Serial);
                json.WriteString("name", change.Name);
                json.WriteString("site", change.Site);
                json.WriteString("oldRisk", change.OldRisk);
                json.WriteString("newRisk", change.NewRisk);
                WriteRules(json, "appeared", change.Appeared);
                WriteRules(json, "resolved", change.Resolved);
                WriteRules(json, "regraded", change.Regraded);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteSide(Utf8JsonWriter json, string name, AuditSide side)
    {
        json.WriteStartObject(name);
        json.WriteString("source", side.Source);
        json.WriteString("asOf", side.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumberOrNull("schemaVersion", side.SchemaVersion);
        json.WriteNumber("devices", side.Devices);
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, string name, IReadOnlyList<RuleChange> rules)
    {
        json.WriteStartArray(name);
        foreach (RuleChange rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.Rule);
            json.WriteString("severity", rule.Severity);
            if (rule.Previous is not null)
            {
                json.WriteString("previousSeverity", rule.Previous);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Side(AuditSide side) => string.Create(
        CultureInfo.InvariantCulture,
        $"{side.Source} (as of {side.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}, {Counted.Of(side.Devices, "device")})");

    private static string Counts(AuditDiff diff) => string.Create(
        CultureInfo.InvariantCulture,
        $"{diff.Count(DeviceChangeKind.RiskRaised)} risk raised, {diff.Count(DeviceChangeKind.New)} new, {diff.Count(DeviceChangeKind.FindingsChanged)} with findings changed, {diff.Count(DeviceChangeKind.RiskLowered)} risk lowered, {diff.Count(DeviceChangeKind.Gone)} gone, {diff.Unchanged} unchanged; {Counted.Of(diff.FindingsAppeared, "finding")} appeared, {diff.FindingsResolved} resolved.");

    private static string Renamed(AuditDiff diff) => string.Create(
        CultureInfo.InvariantCulture,
        $"{diff.RenamedToUnjudged} unchanged {(diff.RenamedToUnjudged == 1 ? "device is" : "devices are")} 'unjudged' now and 'ok' or 'info' in the old report, written before that risk existed (schema {diff.Old.SchemaVersion}): nothing could be checked on them then either.");

    // What the device is known by, never an internal key ("mac:…", "name:…"): its serial with its name, else its name,
    // else what its key holds.
    private static string Identity(DeviceChange change) =>
        change.Serial is { } serial ? serial + (change.Name is { } name ? $" ({name})" : string.Empty)
        : change.Name ?? change.Key[(change.Key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static string Risk(DeviceChange change) => $"{change.OldRisk ?? "-"} → {change.NewRisk ?? "-"}";

    private static string Findings(DeviceChange change) => string.Join(" ", change.Appeared.Select(a => $"+{a.Rule}")
        .Concat(change.Resolved.Select(r => $"-{r.Rule}"))
        .Concat(change.Regraded.Select(r => $"{r.Rule} {r.Previous}→{r.Severity}")));
}
