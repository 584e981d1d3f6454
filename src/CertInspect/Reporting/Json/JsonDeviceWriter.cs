using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Json;

/// <summary>
/// One device as the JSON and JSON Lines reports give it (README "JSON report"): identity, dates, certificates, risk,
/// findings, the rows that named it (with their text, once) and the input's extra columns.
/// </summary>
internal static class JsonDeviceWriter
{
    public static void Write(Utf8JsonWriter json, DeviceReport report) => Write(json, report, record: null);

    /// <param name="record">The record name JSON Lines puts first; null in the JSON report's devices array.</param>
    public static void Write(Utf8JsonWriter json, DeviceReport report, string? record)
    {
        DeviceRecord device = report.Device;
        json.WriteStartObject();
        if (record is not null)
        {
            json.WriteString("record", record);
        }

        json.WriteString("key", device.Key.Text);
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
        json.WriteStartArray("trustedCas");
        foreach (DeviceCertificate ca in device.TrustedCas)
        {
            CertificateJson.Write(json, ca, report.AsOf);
        }

        json.WriteEndArray();
        json.WriteString("risk", report.Risk.ToName());
        json.WriteString("okBecause", report.Risk == Risk.Ok ? report.Reason : null);
        json.WriteString("unjudgedBecause", report.Risk == Risk.Unjudged ? report.Reason : null);
        json.WriteStartArray("findings");
        foreach (Finding finding in report.Findings)
        {
            WriteFinding(json, finding, device.Occurrences);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (EvidenceLine row in device.Occurrences)
        {
            WriteEvidence(json, row.Location, row.Text);
        }

        json.WriteEndArray();
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

    // The rule's detail and remediation are in the report's rules section; a finding carries its remediation only
    // when it was narrowed to the controller in use. Evidence that is one of the device's rows leaves its text there.
    private static void WriteFinding(Utf8JsonWriter json, Finding finding, IReadOnlyList<EvidenceLine> rows)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteStartArray("evidence");
        foreach (EvidenceLine evidence in finding.Evidence)
        {
            WriteEvidence(json, evidence.Location, IsRow(evidence, rows) ? null : evidence.Text);
        }

        json.WriteEndArray();
        if (finding.RemediationIsTheRules)
        {
            json.WriteNull("remediation");
        }
        else
        {
            json.WriteStartObject("remediation");
            json.WriteString("aireOs", finding.Remediation.AireOs);
            json.WriteString("catalyst9800", finding.Remediation.Catalyst9800);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static bool IsRow(EvidenceLine evidence, IReadOnlyList<EvidenceLine> rows)
    {
        foreach (EvidenceLine row in rows)
        {
            if (ReferenceEquals(row, evidence) || row == evidence)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteEvidence(Utf8JsonWriter json, SourceLocation location, string? text)
    {
        json.WriteStartObject();
        json.WriteString("source", location.Cited);
        json.WriteNumberOrNull("line", location.Line);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
