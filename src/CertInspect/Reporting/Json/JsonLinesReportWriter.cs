using System.Buffers;
using System.Text.Json;
using CertInspect.Evidence;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Json;

/// <summary>
/// JSON Lines for pipelines (README "JSON Lines report"): one record per line, each an object whose "record" says
/// what it is: "device" (a device as in the JSON report), then "input-error", and last "summary" (schema version,
/// dates, summary with its outlook, inputs, rules). Devices stream in one pass; the summary is counted on the way.
/// </summary>
public sealed class JsonLinesReportWriter : IReportWriter<Report>
{
    private const int FlushThreshold = 64 * 1024;

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var line = new Utf8JsonWriter(buffer, JsonWriterExtensions.LineOptions);

        foreach (DeviceReport device in report.Devices)
        {
            WriteLine(stream, buffer, line, json => JsonDeviceWriter.Write(json, device, "device"));
        }

        foreach (InputError error in report.InputErrors)
        {
            WriteLine(stream, buffer, line, json => JsonWriterExtensions.WriteInputError(json, error, "input-error"));
        }

        ReportSummary summary = report.Summary;
        WriteLine(stream, buffer, line, json =>
        {
            json.WriteStartObject();
            json.WriteString("record", "summary");
            JsonSummaryWriter.WriteHeader(json, report);
            JsonSummaryWriter.WriteSummary(json, summary, report);
            JsonSummaryWriter.WriteInputs(json, report.Inputs);
            JsonSummaryWriter.WriteRules(json, report.Rules);
            json.WriteEndObject();
        });
        stream.Write(buffer.WrittenSpan);
    }

    private static void WriteLine(Stream stream, ArrayBufferWriter<byte> buffer, Utf8JsonWriter line, Action<Utf8JsonWriter> write)
    {
        line.Reset(buffer);
        write(line);
        line.Flush();
        buffer.Write("\n"u8);
        if (buffer.WrittenCount > FlushThreshold)
        {
            stream.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }
}
