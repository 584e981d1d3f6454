using System.Globalization;
using System.Text.Json;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Json;

/// <summary>
/// The parts of the JSON and JSON Lines reports that are not devices: the summary with its outlook, the inputs, and
/// the rules section that holds each rule's prose and remediation once (findings name their rule).
/// </summary>
internal static class JsonSummaryWriter
{
    /// <summary>The version of the JSON report's shape (README "JSON report"); raised on every change a reader could
    /// notice. 2: the rules section, the outlook, devices' rows, findings without the rule's prose. 3: the risk
    /// "unjudged" (counted apart from "ok", with the device's "unjudgedBecause"), the summary's "nothingRead", and the
    /// outlook's "cannotJoinPredicted", "unknownKind" and "unknownKindEnded".</summary>
    public const int SchemaVersion = 3;

    public static void WriteHeader(Utf8JsonWriter json, Report report)
    {
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("asOf", Date(report.AsOf));
        json.WriteStartArray("horizons");
        foreach (int horizon in report.Horizons)
        {
            json.WriteNumberValue(horizon);
        }

        json.WriteEndArray();
        json.WriteStringArray("rulesVersions", report.RulesVersions);
    }

    public static void WriteSummary(Utf8JsonWriter json, ReportSummary summary, Report report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("devices", summary.Devices);
        json.WriteNumber("inputErrors", summary.InputErrors);
        // A run that read no device draws no verdict: this says why, and the counts below are all zero.
        json.WriteString("nothingRead", summary.Devices == 0 ? NothingRead.Why(report) : null);
        WriteCounts(json, "bySeverity", summary.ByRisk);
        WriteCounts(json, "byRule", summary.ByRule);
        WriteOutlook(json, summary.Outlook);
        json.WriteEndObject();
    }

    public static void WriteInputs(Utf8JsonWriter json, IReadOnlyList<InputSummary> inputs)
    {
        json.WriteStartArray("inputs");
        foreach (InputSummary input in inputs)
        {
            json.WriteStartObject();
            json.WriteString("source", input.Source);
            json.WriteString("kind", input.Kind);
            json.WriteNumber("rows", input.Rows);
            json.WriteNumber("inputErrors", input.InputErrors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteRules(Utf8JsonWriter json, IReadOnlyList<RuleDefinition> rules)
    {
        json.WriteStartArray("rules");
        foreach (RuleDefinition rule in rules)
        {
            RuleJson.Write(json, rule, withEnabled: false);
        }

        json.WriteEndArray();
    }

    private static void WriteOutlook(Utf8JsonWriter json, FleetOutlook outlook)
    {
        json.WriteStartObject("outlook");
        json.WriteNumber("cannotJoinToday", outlook.CannotJoinToday);
        json.WriteNumber("cannotJoinPredicted", outlook.CannotJoinPredicted);
        json.WriteStartArray("stopBy");
        foreach (MilestoneCount milestone in outlook.StopBy)
        {
            json.WriteStartObject();
            json.WriteString("date", Date(milestone.Milestone.Date));
            json.WriteString("label", milestone.Milestone.Label);
            json.WriteNumber("devices", milestone.Devices);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("noEndKnown", outlook.NoEndKnown);
        json.WriteNumber("unknownKind", outlook.UnknownKind);
        json.WriteNumber("unknownKindEnded", outlook.UnknownKindEnded);
        json.WriteNumber("otherDevices", outlook.OtherDevices);
        json.WriteNumber("otherDevicesWithEndedCertificates", outlook.OtherDevicesWithEndedCertificates);
        json.WriteStartArray("fixes");
        foreach (FixGroup fix in outlook.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("rule", fix.RuleId);
            json.WriteString("severity", fix.Severity.ToName());
            json.WriteNumber("devices", fix.Devices);
            json.WriteStartArray("places");
            foreach (PlaceCount place in fix.Places)
            {
                WriteDeviceCount(json, "place", place.Place, place.Devices);
            }

            json.WriteEndArray();
            json.WriteNumber("otherPlaces", fix.OtherPlaces);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sites");
        foreach (SiteRollup site in outlook.Sites)
        {
            json.WriteStartObject();
            json.WriteString("site", site.Site);
            json.WriteNumber("devices", site.Devices);
            json.WriteNumber("cannotJoinToday", site.CannotJoinToday);
            WriteCounts(json, "byRisk", site.ByRisk);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("otherSites", outlook.OtherSites);
        json.WriteStartArray("firstEndsByQuarter");
        foreach (QuarterCount quarter in outlook.FirstEnds)
        {
            WriteDeviceCount(json, "quarter", quarter.Name, quarter.Devices);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // { "place": "HQ", "devices": 5 }: how many devices one place, quarter, ... holds.
    private static void WriteDeviceCount(Utf8JsonWriter json, string key, string name, int devices)
    {
        json.WriteStartObject();
        json.WriteString(key, name);
        json.WriteNumber("devices", devices);
        json.WriteEndObject();
    }

    // Risks by name, in the order given (worst first): { "critical": 3, "high": 1, ..., "ok": 0 }.
    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<Risk, int>> counts)
    {
        json.WriteStartObject(name);
        foreach ((Risk risk, int count) in counts)
        {
            json.WriteNumber(risk.ToName(), count);
        }

        json.WriteEndObject();
    }

    // An object of counts by name, in the order given: { "chain.hash": 3, "mic.expired": 1, ... }.
    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach ((string key, int count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
