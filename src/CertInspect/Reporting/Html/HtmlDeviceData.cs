using System.Globalization;
using System.Text;
using System.Text.Json;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Html;

/// <summary>
/// The JSON the HTML page's script reads: the listed devices (findings name their rule and carry their own message;
/// a remediation only when it was narrowed to the controller in use) and the rules' detail and remediation, once.
/// JsonSerializer's default encoder escapes &lt;, &gt; and &amp;, so no value can close the script element.
/// </summary>
internal static class HtmlDeviceData
{
    private static readonly JsonWriterOptions _embedded = new() { Indented = false };

    public static string Devices(IReadOnlyList<DeviceReport> devices, int total)
    {
        return Written(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", total);
            json.WriteStartArray("devices");
            foreach (DeviceReport device in devices)
            {
                json.WriteStartObject();
                json.WriteString("key", device.Device.Key.Text);
                json.WriteString("risk", device.Risk.ToName());
                json.WriteNumber("rank", (int)device.Risk);
                json.WriteString("why", device.Reason);
                json.WriteString("serial", device.Device.Serial?.Text ?? device.Device.Key.Text);
                json.WriteString("name", device.Device.Name ?? string.Empty);
                json.WriteString("model", device.Device.Model ?? string.Empty);
                json.WriteString("site", device.Device.Site ?? string.Empty);
                json.WriteString("built", device.Device.Serial?.Manufactured?.ToString() ?? string.Empty);
                json.WriteString("micEnds", device.MicEnds?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                json.WriteString("trustEnds", device.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                json.WriteStartArray("findings");
                foreach (Finding finding in device.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", finding.RuleId);
                    json.WriteString("severity", finding.Severity.ToName());
                    json.WriteString("message", finding.Message);
                    if (!finding.RemediationIsTheRules)
                    {
                        json.WriteString("aireOs", finding.Remediation.AireOs);
                        json.WriteString("catalyst9800", finding.Remediation.Catalyst9800);
                    }

                    json.WriteStartArray("evidence");
                    foreach (Evidence.EvidenceLine evidence in finding.Evidence)
                    {
                        json.WriteStringValue($"{evidence.Location}: {evidence.Text}");
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static string Rules(IReadOnlyList<RuleDefinition> rules) => Written(json =>
    {
        json.WriteStartObject();
        foreach (RuleDefinition rule in rules)
        {
            json.WriteStartObject(rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("detail", rule.Detail);
            json.WriteString("aireOs", rule.Remediation?.AireOs);
            json.WriteString("catalyst9800", rule.Remediation?.Catalyst9800);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _embedded))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
