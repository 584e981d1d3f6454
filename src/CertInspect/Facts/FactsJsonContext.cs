using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertInspect.Facts;

/// <summary>
/// Build-time JSON metadata for the data file's facts (<see cref="FactsLoader.JsonOptions"/>).
/// Members with a default value are settable, not init-only: build-time metadata gives an init-only member that the
/// file leaves out its type's default instead of the initialiser's value (dotnet/runtime#84484).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(FactsDocument))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
