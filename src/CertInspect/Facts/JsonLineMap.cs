using System.Text.Json;

namespace CertInspect.Facts;

/// <summary>
/// The line each member and list entry of a JSON document starts on, by path ("rules[0].severity"): a parsed
/// <see cref="JsonElement"/> has no position, and a data file's problems are reported with their line.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines;

    private JsonLineMap(Dictionary<string, int> lines) => _lines = lines;

    /// <summary>The lines of a document that is known to parse with <paramref name="options"/>.</summary>
    public static JsonLineMap Of(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new List<Container>();
        var reader = new Utf8JsonReader(utf8, options);
        string member = string.Empty;
        int line = 1;
        int counted = 0;
        while (reader.Read())
        {
            int start = (int)reader.TokenStartIndex;
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    member = Join(open[^1].Path, reader.GetString()!);
                    lines.TryAdd(member, line);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    string path = ValuePath(open, member);
                    lines.TryAdd(path, line);
                    open.Add(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.RemoveAt(open.Count - 1);
                    break;
                case JsonTokenType.Comment:
                    break;
                default:
                    lines.TryAdd(ValuePath(open, member), line);
                    break;
            }
        }

        return new JsonLineMap(lines);
    }

    /// <summary>The 1-based line of the member or entry at <paramref name="path"/>; null when the document has none there.</summary>
    public int? LineOf(string path) => _lines.TryGetValue(path, out int line) ? line : null;

    /// <summary>The path of a member of the object at <paramref name="owner"/> ("" is the document's top level).</summary>
    public static string Join(string owner, string member) => owner.Length == 0 ? member : $"{owner}.{member}";

    /// <summary>The path of an entry of the list at <paramref name="owner"/>.</summary>
    public static string Entry(string owner, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{owner}[{index}]");

    // A value in a list is its next entry; in an object, the member just named; else the document itself.
    private static string ValuePath(List<Container> open, string member)
    {
        if (open.Count == 0)
        {
            return string.Empty;
        }

        Container container = open[^1];
        return container.IsList ? Entry(container.Path, container.Entries++) : member;
    }

    private sealed class Container(string path, bool isList)
    {
        public string Path { get; } = path;

        public bool IsList { get; } = isList;

        public int Entries { get; set; }
    }
}
