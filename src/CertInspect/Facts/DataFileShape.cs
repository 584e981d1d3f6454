using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CertInspect.Facts;

/// <summary>
/// Checks a data file's JSON against the members its types declare (their build-time metadata), before it is
/// deserialized: a misspelt member is named as itself, with the nearest member that exists and its line ("line 9:
/// 'severty' is not a member of rules[0] (id 'site.2014-h2'); did you mean 'severity'?"), and never as what
/// System.Text.Json would say about it: "missing required properties" of a C# type, or a value that "could not be
/// converted to System.Int32". A value of the wrong kind and a missing required member are named the same way.
/// </summary>
public static class DataFileShape
{
    /// <summary>
    /// The members an object's extension data may hold, by what the object says (a rule's kind decides its
    /// parameters); null when that cannot be told (an unknown kind, reported by whoever knows kinds).
    /// </summary>
    public delegate IReadOnlyList<JsonPropertyInfo>? ExtensionMembers(JsonElement owner);

    /// <summary>Adds a problem, in document order, for every member <paramref name="type"/> does not declare,
    /// every value of the wrong kind and every required member missing in <paramref name="value"/>.</summary>
    /// <param name="path">Where <paramref name="value"/> is in the file ("" for the whole document).</param>
    public static void Check(JsonElement value, JsonTypeInfo type, string path, JsonLineMap lines, List<string> problems, ExtensionMembers? extension = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(problems);
        new Walk(lines, problems, extension).Value(value, type, path);
    }

    private sealed class Walk(JsonLineMap lines, List<string> problems, ExtensionMembers? extension)
    {
        public void Value(JsonElement value, JsonTypeInfo type, string path)
        {
            Type clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
            if (value.ValueKind == JsonValueKind.Null)
            {
                // Null stands for "not given" wherever a value may be absent; required members are checked by name.
                return;
            }

            switch (type.Kind)
            {
                case JsonTypeInfoKind.Object:
                    Object(value, type.Properties, path);
                    break;
                case JsonTypeInfoKind.Enumerable when Expect(value, JsonValueKind.Array, "a list [ … ]", path):
                    int index = 0;
                    foreach (JsonElement entry in value.EnumerateArray())
                    {
                        Value(entry, type.Options.GetTypeInfo(type.ElementType!), JsonLineMap.Entry(path, index++));
                    }

                    break;
                case JsonTypeInfoKind.Dictionary when Expect(value, JsonValueKind.Object, "an object { … }", path):
                    foreach (JsonProperty entry in value.EnumerateObject())
                    {
                        Value(entry.Value, type.Options.GetTypeInfo(type.ElementType!), JsonLineMap.Join(path, entry.Name));
                    }

                    break;
                case JsonTypeInfoKind.None:
                    Scalar(value, clr, path);
                    break;
            }
        }

        private void Object(JsonElement value, IList<JsonPropertyInfo> declared, string path)
        {
            if (!Expect(value, JsonValueKind.Object, "an object { … }", path))
            {
                return;
            }

            List<JsonPropertyInfo> members = [.. declared.Where(IsRead)];
            bool takesMore = declared.Any(p => p.IsExtensionData);
            IReadOnlyList<JsonPropertyInfo>? more = takesMore ? extension?.Invoke(value) : [];
            if (more is not null)
            {
                members.AddRange(more);
            }

            var misspelt = new List<string>();
            foreach (JsonProperty member in value.EnumerateObject())
            {
                string at = JsonLineMap.Join(path, member.Name);
                if (members.FirstOrDefault(m => string.Equals(m.Name, member.Name, StringComparison.Ordinal)) is { } known)
                {
                    Value(member.Value, known.Options.GetTypeInfo(known.PropertyType), at);
                }
                else if (more is not null)
                {
                    string? nearest = NearestName.Among(member.Name, members.Select(m => m.Name));
                    if (nearest is not null)
                    {
                        misspelt.Add(nearest);
                    }

                    string hint = nearest is null ? $" (its members: {string.Join(", ", members.Select(m => m.Name))})" : $"; did you mean '{nearest}'?";
                    Add(at, $"'{member.Name}' is not a member of {Describe(value, path)}{hint}");
                }
            }

            foreach (JsonPropertyInfo required in members.Where(m => m.IsRequired && !value.TryGetProperty(m.Name, out _)))
            {
                // A member misspelt is missing too: it was named above, with this one as its nearest.
                if (!misspelt.Contains(required.Name, StringComparer.Ordinal))
                {
                    Add(path, $"{Describe(value, path)} lacks '{required.Name}'");
                }
            }
        }

        private void Scalar(JsonElement value, Type clr, string path)
        {
            if (clr == typeof(JsonElement))
            {
                return;
            }

            if (clr == typeof(string))
            {
                Expect(value, JsonValueKind.String, "text in quotes", path);
            }
            else if (clr == typeof(bool))
            {
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Add(path, $"{Name(path)} should be true or false; got {Shown(value)}");
                }
            }
            else if (clr == typeof(int))
            {
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
                {
                    Add(path, $"{Name(path)} should be a whole number; got {Shown(value)}");
                }
            }
            else if (clr == typeof(DateOnly))
            {
                if (value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    Add(path, $"{Name(path)} should be a date in quotes, \"YYYY-MM-DD\"; got {Shown(value)}");
                }
            }
            else if (clr == typeof(DateTimeOffset))
            {
                if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out _))
                {
                    Add(path, $"{Name(path)} should be a time in quotes, \"YYYY-MM-DDThh:mm:ssZ\"; got {Shown(value)}");
                }
            }
            else if (clr.IsEnum)
            {
                // Data files name an enum member in camelCase (Rules/SeverityJsonConverter), never by number.
                string[] names = [.. Enum.GetNames(clr).Select(JsonNamingPolicy.CamelCase.ConvertName)];
                if (value.ValueKind != JsonValueKind.String || !names.Contains(value.GetString(), StringComparer.Ordinal))
                {
                    string hint = value.ValueKind == JsonValueKind.String && NearestName.Among(value.GetString()!, names) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;
                    Add(path, $"{Name(path)} should be one of {string.Join(", ", names)}; got {Shown(value)}{hint}");
                }
            }
        }

        private bool Expect(JsonElement value, JsonValueKind kind, string described, string path)
        {
            if (value.ValueKind == kind)
            {
                return true;
            }

            Add(path, $"{Name(path)} should be {described}; got {Shown(value)}");
            return false;
        }

        private void Add(string path, string problem) =>
            problems.Add(lines.LineOf(path) is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: {problem}") : problem);
    }

    // A member the file can set: declared and writable, or a constructor's parameter (a computed property is not).
    private static bool IsRead(JsonPropertyInfo member) => !member.IsExtensionData && (member.Set is not null || member.AssociatedParameter is not null);

    private static string Name(string path) => path.Length == 0 ? "the file" : $"'{path}'";

    // The object's path, and its id when it has one: "rules[0] (id 'site.2014-h2')".
    private static string Describe(JsonElement value, string path)
    {
        string where = path.Length == 0 ? "the file's top level" : path;
        return value.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String ? $"{where} (id '{id.GetString()}')" : where;
    }

    private static string Shown(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.GetRawText(),
    };
}
