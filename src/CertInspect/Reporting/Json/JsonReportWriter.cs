using System.Buffers;
using System.Text;
using System.Text.Json;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Json;

/// <summary>
/// The JSON report. Its shape is a contract (README "JSON report", <see cref="JsonSummaryWriter.SchemaVersion"/>):
/// camelCase, properties in the order written here, every property always present (null when unknown), dates as
/// yyyy-MM-dd. The envelope is indented; each device and each input error is one line, so a million devices stay
/// small, greppable and diffable. The devices are evaluated once: they are written to a <see cref="SpillBuffer"/>
/// while the summary is counted, then the summary goes first and the devices after it.
/// </summary>
public sealed class JsonReportWriter : IReportWriter<Report>
{
    // Flush to the TextWriter every so often, so a million devices never sit in a buffer.
    private const int FlushThreshold = 64 * 1024;

    private static readonly byte[] _itemSeparator = Encoding.UTF8.GetBytes(",\n    ");

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var devices = new SpillBuffer();
        using (var line = new Utf8JsonWriter(buffer, JsonWriterExtensions.LineOptions))
        {
            WriteLines(devices, buffer, line, ",\n  \"devices\": [", report.Devices, JsonDeviceWriter.Write);
            WriteLines(devices, buffer, line, ",\n  \"inputErrors\": [", report.InputErrors, JsonWriterExtensions.WriteInputError);
        }

        // The envelope before the devices, written as an indented object whose closing brace is then left off.
        using (var header = new Utf8JsonWriter(buffer, JsonWriterExtensions.ReportOptions))
        {
            header.WriteStartObject();
            JsonSummaryWriter.WriteHeader(header, report);
            JsonSummaryWriter.WriteSummary(header, report.Summary, report);
            JsonSummaryWriter.WriteInputs(header, report.Inputs);
            JsonSummaryWriter.WriteRules(header, report.Rules);
            header.WriteEndObject();
        }

        stream.Write(buffer.WrittenSpan[..buffer.WrittenSpan.LastIndexOf((byte)'\n')]);
        buffer.ResetWrittenCount();
        devices.WriteTo(stream);
        stream.Write("\n}"u8);
        stream.Flush();
        output.WriteLine();
    }

    // An array property whose items are one line each: "name": [ item, item ], closed on its own line.
    private static void WriteLines<T>(Stream stream, ArrayBufferWriter<byte> buffer, Utf8JsonWriter line, string opening, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        buffer.Write(Encoding.UTF8.GetBytes(opening));
        bool any = false;
        foreach (T item in items)
        {
            buffer.Write(any ? _itemSeparator : "\n    "u8);
            line.Reset(buffer);
            write(line, item);
            line.Flush();
            any = true;
            if (buffer.WrittenCount > FlushThreshold)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        buffer.Write(any ? "\n  ]"u8 : "]"u8);
        stream.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }
}
