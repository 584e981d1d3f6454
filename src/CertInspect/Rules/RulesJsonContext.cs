using System.Text.Json;
using System.Text.Json.Serialization;
using CertInspect.Rules.Kinds;

namespace CertInspect.Rules;

/// <summary>
/// Build-time JSON metadata for rule entries and the parameters of each rule kind that has some (Native AOT needs
/// it: nothing is read by reflection). A new kind with parameters adds its record here (docs/ARCHITECTURE.md).
/// Members with a default value are settable, not init-only: build-time metadata gives an init-only member that the
/// file leaves out its type's default instead of the initialiser's value (dotnet/runtime#84484).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RuleDefinition))]
[JsonSerializable(typeof(IdentityConflictRule.Parameters), TypeInfoPropertyName = "IdentityConflictParameters")]
[JsonSerializable(typeof(LogSignatureRule.Parameters), TypeInfoPropertyName = "LogSignatureParameters")]
[JsonSerializable(typeof(ManufactureWindowRule.Parameters), TypeInfoPropertyName = "ManufactureWindowParameters")]
[JsonSerializable(typeof(ModelDateRule.Parameters), TypeInfoPropertyName = "ModelDateParameters")]
[JsonSerializable(typeof(PredictionMismatchRule.Parameters), TypeInfoPropertyName = "PredictionMismatchParameters")]
[JsonSerializable(typeof(Sha2MicInvalidRule.Parameters), TypeInfoPropertyName = "Sha2MicInvalidParameters")]
[JsonSerializable(typeof(Sha2ProofRule.Parameters), TypeInfoPropertyName = "Sha2ProofParameters")]
[JsonSerializable(typeof(TriggerReleaseRule.Parameters), TypeInfoPropertyName = "TriggerReleaseParameters")]
[JsonSerializable(typeof(TrustedCaWeakSignatureRule.Parameters), TypeInfoPropertyName = "TrustedCaWeakSignatureParameters")]
internal sealed partial class RulesJsonContext : JsonSerializerContext
{
    // Made on first use: an initialiser here could run before the generated half's Default is set (the order of
    // static initialisers across a partial class's files is not defined).
    private static JsonSerializerOptions? _dataFileOptions;

    /// <summary>The data file's options (<see cref="Facts.FactsLoader.JsonOptions"/>) with this context's metadata.</summary>
    public static JsonSerializerOptions DataFileOptions => _dataFileOptions ??= Facts.FactsLoader.ReadOnly(new(Facts.FactsLoader.JsonOptions) { TypeInfoResolver = Default });

    /// <summary>The metadata of a type this context lists.</summary>
    /// <exception cref="InvalidOperationException">The type is not listed (a kind's parameters not added above).</exception>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> InfoOf<T>() =>
        DataFileOptions.TryGetTypeInfo(typeof(T), out System.Text.Json.Serialization.Metadata.JsonTypeInfo? info)
            ? (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)info
            : throw new InvalidOperationException($"{typeof(T).FullName} is not listed in {nameof(RulesJsonContext)}: add it there.");
}
