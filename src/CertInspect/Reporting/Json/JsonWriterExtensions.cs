using System.Text.Encodings.Web;
using System.Text.Json;
using CertInspect.Evidence;

namespace CertInspect.Reporting.Json;

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

    /// <summary>One JSON value per line (a device in the JSON report, a record of JSON Lines): not indented, the same
    /// encoder as <see cref="ReportOptions"/>.</summary>
    public static JsonWriterOptions LineOptions { get; } = new()
    {
        Indented = false,
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
            WriteInputError(json, error);
        }

        json.WriteEndArray();
    }

    /// <summary>One input error: source, line (null for a whole file), message, text.</summary>
    public static void WriteInputError(Utf8JsonWriter json, InputError error) => WriteInputError(json, error, record: null);

    /// <param name="record">The record name JSON Lines puts first; null inside a JSON report.</param>
    public static void WriteInputError(Utf8JsonWriter json, InputError error, string? record)
    {
        json.WriteStartObject();
        if (record is not null)
        {
            json.WriteString("record", record);
        }

        json.WriteString("source", error.Location.Cited);
        json.WriteNumberOrNull("line", error.Location.Line);
        json.WriteString("message", error.Message);
        json.WriteString("text", error.Text);
        json.WriteEndObject();
    }
}
