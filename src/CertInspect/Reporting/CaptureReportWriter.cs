using System.Globalization;
using System.Text.Json;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Reporting;

/// <summary>
/// What "certinspect parse" shows of each capture: the commands found, the devices and what each is said to be,
/// the certificates described, the log lines kept, the diagnostics, and the line count per category. For people
/// checking a capture before an audit: it shows what was understood, not what is wrong.
/// </summary>
public sealed class CaptureReportWriter(ModelFormat format)
    : FormattedWriter<ParsedCaptures>(format, new Dictionary<ModelFormat, Action<ParsedCaptures, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Table] = WriteTable })
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

    private static void WriteTable(ParsedCaptures parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        foreach (CaptureReport report in parsed.Reports)
        {
            output.WriteLine(report.Source);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {report.Lines} lines: {string.Join(", ", report.LineCounts.Select(c => $"{c.Value} {Name(c.Key)}"))}"));
            output.WriteLine("  Commands");
            foreach (CapturedCommand command in report.Commands)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    line {command.Location.Line,-5} {Display(command.Device),-20} {command.Typed ?? "(no command line)"} -> {command.ReadAs}, {command.OutputLines} lines"));
            }

            output.WriteLine("  Devices");
            foreach (CapturedDevice device in report.Devices)
            {
                output.WriteLine($"    {Display(device.Context)}{(device.Controller is { } c ? " on " + Display(c.Context) : string.Empty)}: {RoleName(device.Role)}");
                Row(output, "serial", device.Serials);
                Row(output, "member serial", device.MemberSerials);
                Row(output, "model", device.Models);
                Row(output, "MAC", device.Macs);
                Row(output, "IP address", device.IpAddresses);
                Row(output, "name", device.Names);
                if (device.Release is { } release)
                {
                    output.WriteLine($"      release: {release.Value} (line {release.Evidence.Location.Line})");
                }

                if (device.JoinStatus is { } join)
                {
                    output.WriteLine($"      join status: {join.Value} (line {join.Evidence.Location.Line})");
                }

                if (device.LastJoinFailure is { } failure)
                {
                    output.WriteLine($"      last join failure: {failure.Value} (line {failure.Evidence.Location.Line})");
                }

                if (device.Sha2ParameterBlock is { } block)
                {
                    output.WriteLine($"      SHA2 parameter block: {(block.Present ? "present" : "none")} (line {block.Evidence[0].Location.Line})");
                }

                if (device.TrustpointLines is { } trustpoints)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      trustpoints: {trustpoints.Count} lines (command at line {device.TrustpointCommand?.Location.Line})"));
                }

                foreach (LocatedCertificate certificate in device.Certificates)
                {
                    CertificateFacts facts = certificate.Certificate;
                    output.WriteLine($"      certificate line {certificate.Location.Line}: {parsed.RoleOf(certificate).Label()} {facts.Subject.CommonName ?? "(no subject)"}, issuer {facts.Issuer.CommonName ?? "(none)"}, ends {CertificateText.Time(facts.NotAfter)}, {facts.SignatureAlgorithm.Name}");
                }

                foreach (EvidenceLine line in device.LogLines)
                {
                    output.WriteLine($"      log line {line.Location.Line}: {line.Text}");
                }

                foreach (EvidenceLine line in device.ReportedLogLines)
                {
                    output.WriteLine($"      its controller's log line {line.Location.Line}: {line.Text}");
                }

                foreach (string note in device.Notes)
                {
                    output.WriteLine($"      note: {note}");
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Diagnostics ({report.Diagnostics.Count})"));
            foreach (CaptureDiagnostic diagnostic in report.Diagnostics)
            {
                output.WriteLine($"    line {diagnostic.Location.Line}: {diagnostic.Message}{(diagnostic.Text is null ? string.Empty : ": " + diagnostic.Text)}");
            }

            output.WriteLine();
        }
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

    private static void Row(TextWriter output, string label, IReadOnlyList<CapturedValue> values)
    {
        if (values.Count > 0)
        {
            output.WriteLine($"      {label}: {string.Join(", ", values.Select(v => $"{v.Value} (line {v.Evidence.Location.Line})"))}");
        }
    }

    private static string Display(string context) => context.Length == 0 ? "(no prompt)" : context;

    private static string Name(LineCategory category) => category.ToString().ToLowerInvariant();

    public static string RoleName(DeviceRole role) => role switch
    {
        DeviceRole.AccessPoint => DeviceTypes.AccessPoint,
        DeviceRole.Controller => DeviceTypes.Controller,
        DeviceRole.Switch => DeviceTypes.Switch,
        _ => DeviceTypes.Unknown,
    };
}
