using System.Globalization;
using System.Text.Json;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Comparison;

/// <summary>
/// Reads the devices of a JSON or JSON Lines audit report for a diff. Reports CertInspect writes put each device on a
/// line of its own (JSON schema 2, JSON Lines), so a million-device report is read a line at a time; any other JSON
/// report (schema 1, or one a tool re-indented) is parsed whole. What is not an audit report is refused with the
/// reason, naming the file.
/// </summary>
internal static class AuditReportReader
{
    /// <summary>What a file must be, said whenever it is not (never System.Text.Json's words about a character).</summary>
    private const string Readable = "diff reads the reports of certinspect audit --format json or --format jsonl";

    public static (AuditSide Side, IReadOnlyDictionary<string, AuditedDevice> Devices) Read(string path)
    {
        // In words, naming the path: .NET says "Could not find file" and, of a folder, "Access to the path is denied".
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{path}: is a folder: {Readable}.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        var devices = new Dictionary<string, AuditedDevice>(StringComparer.Ordinal);
        DateOnly? asOf = null;
        int? schema = null;
        bool sawEnvelope = false;
        long lineNumber = 0;
        using (var reader = new StreamReader(path))
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                ReadOnlySpan<char> text = line.AsSpan().Trim().TrimEnd(',');
                if (lineNumber == 1 && text.SequenceEqual("{"))
                {
                    sawEnvelope = true;
                }
                else if (text.StartsWith("{\"record\":") || (sawEnvelope && text.StartsWith("{\"key\":")))
                {
                    ReadRecord(text.ToString(), path, lineNumber, devices, ref asOf, ref schema);
                }
                else if (sawEnvelope && text.StartsWith("\"asOf\":"))
                {
                    asOf = ParseDate(text["\"asOf\":".Length..].Trim().Trim('"').ToString());
                }
                else if (sawEnvelope && text.StartsWith("\"schemaVersion\":"))
                {
                    schema = int.Parse(text["\"schemaVersion\":".Length..].Trim(), CultureInfo.InvariantCulture);
                }
            }
        }

        if (devices.Count == 0)
        {
            ReadWhole(path, devices, ref asOf, ref schema);
        }

        return (new AuditSide(path, asOf, schema, devices.Count), devices);
    }

    private static void ReadRecord(string json, string path, long line, Dictionary<string, AuditedDevice> devices, ref DateOnly? asOf, ref int? schema)
    {
        using JsonDocument record = Parse(json, $"{path}:{line}");
        JsonElement root = record.RootElement;
        string kind = root.TryGetProperty("record", out JsonElement named) ? named.GetString() ?? string.Empty : "device";
        if (kind == "device")
        {
            Add(devices, root, path);
        }
        else if (kind == "summary")
        {
            asOf = root.TryGetProperty("asOf", out JsonElement date) ? ParseDate(date.GetString()) : null;
            schema = root.TryGetProperty("schemaVersion", out JsonElement version) ? version.GetInt32() : null;
        }
    }

    private static void ReadWhole(string path, Dictionary<string, AuditedDevice> devices, ref DateOnly? asOf, ref int? schema)
    {
        using FileStream stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a CertInspect report (not JSON{AtLine(e)}): {Readable}.", e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("devices", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: not a CertInspect report (JSON without a \"devices\" list): {Readable}.");
            }

            asOf = root.TryGetProperty("asOf", out JsonElement date) ? ParseDate(date.GetString()) : null;
            schema = root.TryGetProperty("schemaVersion", out JsonElement version) && version.ValueKind == JsonValueKind.Number ? version.GetInt32() : 1;
            foreach (JsonElement device in list.EnumerateArray())
            {
                Add(devices, device, path);
            }
        }
    }

    private static void Add(Dictionary<string, AuditedDevice> devices, JsonElement device, string path)
    {
        string key = String(device, "key") ?? throw new InvalidDataException($"{path}: not a CertInspect report (a device without a \"key\"): {Readable}.");
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        if (device.TryGetProperty("findings", out JsonElement findings) && findings.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement finding in findings.EnumerateArray())
            {
                if (String(finding, "rule") is { } rule && String(finding, "severity") is { } severity)
                {
                    rules[rule] = rules.TryGetValue(rule, out string? seen) && Rank(seen) >= Rank(severity) ? seen : severity;
                }
            }
        }

        devices[key] = new AuditedDevice(key, String(device, "serial"), String(device, "name"), String(device, "site"), String(device, "risk") ?? RiskNames.Ok, rules);
    }

    /// <summary>The risk's rank (<see cref="Risk"/>): 0 for ok, then info, unjudged, low up to critical (6); a severity ranks as the risk it gives.</summary>
    public static int Rank(string risk) => RiskNames.TryParse(risk, out Risk known) ? (int)known : 0;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonDocument Parse(string json, string where)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not a CertInspect report (a line that is not JSON): {Readable}.", e);
        }
    }

    private static string AtLine(JsonException e) => e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}") : string.Empty;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
}
