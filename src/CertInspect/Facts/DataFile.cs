using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CertInspect.Facts;

/// <summary>
/// Reads a JSON data file (the rules data, an acceptance policy): comments and trailing commas allowed; its shape
/// checked against its type first (<see cref="DataFileShape"/>), so that every problem is named by member, line and
/// path in the user's words; then deserialized with the type's build-time metadata (Native AOT).
/// </summary>
public static class DataFile
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>How data files are parsed (<see cref="FactsLoader.JsonOptions"/> reads them the same way).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Problems as one line, in the order found, ending as a sentence ends.</summary>
    public static string Joined(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string text = string.Join("; ", problems);
        return text.EndsWith('?') || text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>The file's value and the lines of its members; null when the file is JSON's null.</summary>
    /// <param name="kind">What the file is meant to be, for messages: "rules file", "policy file".</param>
    /// <param name="extension">The members of objects whose type keeps extra members (a rule's parameters).</param>
    /// <exception cref="RuleDataException">The file is not JSON, or not of the type's shape; names the file, the line and the member.</exception>
    public static (T? Value, JsonLineMap Lines) Read<T>(ReadOnlyMemory<byte> utf8, string name, string kind, JsonTypeInfo<T> type, DataFileShape.ExtensionMembers? extension = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ReadOnlyMemory<byte> text = utf8.Span.StartsWith(ByteOrderMark) ? utf8[ByteOrderMark.Length..] : utf8;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            // The parser's own words name the character; its position is given as a line, like every other problem.
            string syntax = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            string line = e.LineNumber is { } at ? $"line {at + 1}: " : string.Empty;
            throw new RuleDataException($"{name}: not a valid {kind}: {line}{syntax} (not JSON)", e);
        }

        using (document)
        {
            var lines = JsonLineMap.Of(text.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var problems = new List<string>();
            DataFileShape.Check(document.RootElement, type, string.Empty, lines, problems, extension);
            if (problems.Count > 0)
            {
                throw new RuleDataException($"{name}: not a valid {kind}: {Joined(problems)}");
            }

            try
            {
                return (document.RootElement.Deserialize(type), lines);
            }
            catch (JsonException e)
            {
                // What the shape check does not foresee (a value out of range); System.Text.Json's message would name a C# type.
                string path = (e.Path ?? "$").TrimStart('$').TrimStart('.');
                string line = lines.LineOf(path) is { } at ? $"line {at}: " : string.Empty;
                throw new RuleDataException($"{name}: not a valid {kind}: {line}'{path}' holds a value that cannot be read.", e);
            }
        }
    }
}
