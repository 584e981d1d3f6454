using System.Globalization;
using System.Text.Json;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Models;
using CertInspect.Reporting.Table;

namespace CertInspect.Reporting.Formatted;

/// <summary>
/// What "certinspect parse" shows of each capture: the commands found, the devices and what each is said to be,
/// the certificates described, the log lines kept, the diagnostics, and the line count per category. For people
/// checking a capture before an audit: it shows what was understood, not what is wrong.
/// </summary>
/// <param name="width">The line width the table fits (a terminal's, or COLUMNS); null: every line whole.</param>
public sealed class CaptureReportWriter(ModelFormat format, int? width = null)
    : FormattedWriter<ParsedCaptures>(format, new Dictionary<ModelFormat, Action<ParsedCaptures, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = (parsed, output) => CaptureTableWriter.Write(parsed, output, width) })
{
    private static void WriteJson(ParsedCaptures parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        DateOnly asOf = parsed.AsOf;
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions))
        {
            json.WriteStartObject();
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("captures");
            foreach (CaptureReport report in parsed.Reports)
            {
                WriteCapture(json, report, parsed, asOf);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteCapture(Utf8JsonWriter json, CaptureReport report, ParsedCaptures parsed, DateOnly asOf)
    {
        json.WriteStartObject();
        json.WriteString("source", report.Source);
        json.WriteNumber("lines", report.Lines);
        json.WriteStartObject("lineCounts");
        foreach ((LineCategory category, long count) in report.LineCounts)
        {
            json.WriteNumber(Name(category), count);
        }

        json.WriteEndObject();
        json.WriteStartArray("commands");
        foreach (CapturedCommand command in report.Commands)
        {
            json.WriteStartObject();
            json.WriteNumberOrNull("line", command.Location.Line);
            json.WriteString("device", command.Device);
            json.WriteString("typed", command.Typed);
            json.WriteString("readAs", command.ReadAs);
            json.WriteNumber("outputLines", command.OutputLines);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("devices");
        foreach (CapturedDevice device in report.Devices)
        {
            json.WriteStartObject();
            json.WriteString("context", device.Context);
            json.WriteString("role", RoleName(device.Role));
            json.WriteString("controller", device.Controller?.Context);
            WriteValues(json, "serials", device.Serials);
            WriteValues(json, "memberSerials", device.MemberSerials);
            WriteValues(json, "models", device.Models);
            WriteValues(json, "macs", device.Macs);
            WriteValues(json, "ipAddresses", device.IpAddresses);
            WriteValues(json, "names", device.Names);
            WriteOptionalValue(json, "release", device.Release);
            WriteOptionalValue(json, "joinStatus", device.JoinStatus);
            WriteOptionalValue(json, "lastJoinFailure", device.LastJoinFailure);

            if (device.Sha2ParameterBlock is { } block)
            {
                json.WriteStartObject("sha2ParameterBlock");
                json.WriteBoolean("present", block.Present);
                json.WriteNumberOrNull("line", block.Evidence[0].Location.Line);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("sha2ParameterBlock");
            }

            if (device.TrustpointLines is { } trustpoints)
            {
                json.WriteStartObject("trustpoints");
                json.WriteNumberOrNull("line", device.TrustpointCommand?.Location.Line);
                WriteLines(json, "output", trustpoints);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("trustpoints");
            }

            json.WriteStartArray("certificates");
            foreach (LocatedCertificate certificate in device.Certificates)
            {
                json.WriteStartObject();
                json.WriteString("role", parsed.RoleOf(certificate).Id());
                CertificateJson.WriteFacts(json, certificate, asOf);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteLines(json, "logLines", device.LogLines);
            WriteLines(json, "controllerLogLines", device.ReportedLogLines);
            json.WriteStringArray("notes", device.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (CaptureDiagnostic diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteNumberOrNull("line", diagnostic.Location.Line);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("text", diagnostic.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter json, string name, IReadOnlyList<CapturedValue> values)
    {
        json.WriteStartArray(name);
        foreach (CapturedValue value in values)
        {
            json.WriteStartObject();
            WriteValue(json, value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptionalValue(Utf8JsonWriter json, string name, CapturedValue? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        WriteValue(json, value);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, CapturedValue value)
    {
        json.WriteString("value", value.Value);
        json.WriteNumberOrNull("line", value.Evidence.Location.Line);
    }

    private static void WriteLines(Utf8JsonWriter json, string name, IReadOnlyList<EvidenceLine> lines)
    {
        json.WriteStartArray(name);
        foreach (EvidenceLine line in lines)
        {
            json.WriteStartObject();
            json.WriteNumberOrNull("line", line.Location.Line);
            json.WriteString("text", line.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static string Display(string context) => context.Length == 0 ? "(no prompt)" : context;

    internal static string Name(LineCategory category) => category.ToString().ToLowerInvariant();

    public static string RoleName(DeviceRole role) => role switch
    {
        DeviceRole.AccessPoint => DeviceTypes.AccessPoint,
        DeviceRole.Controller => DeviceTypes.Controller,
        DeviceRole.Switch => DeviceTypes.Switch,
        _ => DeviceTypes.Unknown,
    };
}
