using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// The JSON report. Its shape is a contract (README "JSON report"): camelCase, properties in the order written
/// here, every property always present (null when unknown), dates as yyyy-MM-dd.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public bool PrintsSummary => true;

    // Flush to the TextWriter every so often, so a million devices never sit in the writer's buffer.
    private const int FlushThreshold = 64 * 1024;

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        using var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions);

        json.WriteStartObject();
        json.WriteString("asOf", Date(report.AsOf));
        json.WriteStartArray("horizons");
        foreach (int horizon in report.Horizons)
        {
            json.WriteNumberValue(horizon);
        }

        json.WriteEndArray();
        json.WriteStringArray("rulesVersions", report.RulesVersions);
        WriteSummary(json, report.RequiredSummary);
        WriteInputs(json, report.Inputs);

        json.WriteStartArray("devices");
        foreach (DeviceReport device in report.Devices)
        {
            WriteDevice(json, device);
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteInputErrors(report.InputErrors);
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("devices", summary.Devices);
        json.WriteNumber("inputErrors", summary.InputErrors);
        json.WriteStartObject("bySeverity");
        foreach ((string risk, int count) in summary.ByRisk)
        {
            json.WriteNumber(risk, count);
        }

        json.WriteEndObject();
        json.WriteStartObject("byRule");
        foreach ((string rule, int count) in summary.ByRule)
        {
            json.WriteNumber(rule, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInputs(Utf8JsonWriter json, IReadOnlyList<InputSummary> inputs)
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

    private static void WriteDevice(Utf8JsonWriter json, DeviceReport report)
    {
        DeviceRecord device = report.Device;
        json.WriteStartObject();
        json.WriteString("key", device.Key);
        json.WriteString("serial", device.Serial?.Text);
        json.WriteString("mac", device.Mac);
        json.WriteString("name", device.Name);
        json.WriteString("model", device.Model);
        json.WriteString("family", device.Family?.Name);
        json.WriteString("deviceType", device.DeviceType);
        json.WriteString("site", device.Site);
        json.WriteString("factory", device.Serial?.Location);
        if (device.Serial?.Manufactured is { } week)
        {
            json.WriteStartObject("manufactured");
            json.WriteNumber("year", week.Year);
            json.WriteNumber("week", week.Week);
            json.WriteNumber("month", week.Month);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("manufactured");
        }

        if (device.PredictedMicExpiry is { } prediction)
        {
            json.WriteStartObject("predictedMicExpiry");
            json.WriteString("date", Date(prediction.Date));
            json.WriteNumber("uncertaintyDays", prediction.UncertaintyDays);
            json.WriteNumber("daysLeft", prediction.DaysLeft(report.AsOf));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("predictedMicExpiry");
        }

        WriteCapture(json, device.Capture);
        json.WriteStartArray("certificates");
        foreach (DeviceCertificate certificate in device.Certificates)
        {
            CertificateJson.Write(json, certificate, report.AsOf);
        }

        json.WriteEndArray();
        json.WriteString("risk", SeverityNames.RiskName(report.Risk));
        json.WriteString("okBecause", report.OkBecause);
        json.WriteStartArray("findings");
        foreach (Finding finding in report.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStringArray("sources", device.Occurrences.Select(o => o.Location.ToString()));
        json.WriteStringArray("notes", device.Notes);
        json.WriteStartObject("extra");
        foreach ((string column, string value) in device.Extra)
        {
            json.WriteString(column, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // What captures said beyond identity and certificates; null when no capture named the device.
    private static void WriteCapture(Utf8JsonWriter json, CaptureEvidence? capture)
    {
        if (capture is null)
        {
            json.WriteNull("capture");
            return;
        }

        json.WriteStartObject("capture");
        json.WriteStringArray("contexts", capture.Contexts);
        json.WriteString("release", capture.Release?.Value);
        json.WriteString("sha2Proof", capture.Sha2Proof?.Outcome switch
        {
            Sha2ProofOutcome.Affected => "affected",
            Sha2ProofOutcome.NotAffected => "not-affected",
            Sha2ProofOutcome.Incomplete => "incomplete",
            _ => null,
        });
        json.WriteStringArray("controllers", capture.Controllers.Select(c => c.Name));
        json.WriteNumber("logLines", capture.LogLines.Count);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteStartArray("evidence");
        foreach (EvidenceLine evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("source", evidence.Location.Source);
            json.WriteNumberOrNull("line", evidence.Location.Line);
            json.WriteString("text", evidence.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("remediation");
        json.WriteString("aireOs", finding.Remediation.AireOs);
        json.WriteString("catalyst9800", finding.Remediation.Catalyst9800);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
