using System.Text.Encodings.Web;
using System.Text.Json;
using CertInspect.Evidence;

namespace CertInspect.Reporting;

internal static class JsonWriterExtensions
{
    /// <summary>Every JSON document CertInspect writes: indented, LF line ends on every platform, non-ASCII kept
    /// readable. Not for embedding in HTML, which needs the default, escaping encoder.</summary>
    public static JsonWriterOptions ReportOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteStringArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteBooleanOrNull(this Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The input errors as every JSON report gives them: source, line (null for a whole file), message, text.</summary>
    public static void WriteInputErrors(this Utf8JsonWriter json, IEnumerable<InputError> errors)
    {
        json.WriteStartArray("inputErrors");
        foreach (InputError error in errors)
        {
            json.WriteStartObject();
            json.WriteString("source", error.Location.Source);
            json.WriteNumberOrNull("line", error.Location.Line);
            json.WriteString("message", error.Message);
            json.WriteString("text", error.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
