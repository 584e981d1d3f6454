using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace CertInspect.Facts;

/// <summary>
/// Reads the embedded data file and an optional override file, and merges and validates their facts into
/// <see cref="CiscoFacts"/>. The files' rule entries are left to the rules floor.
/// </summary>
public static class FactsLoader
{
    public const int SupportedSchema = 1;

    public const string BuiltInName = "built-in";

    private const string BuiltInResource = "CertInspect.Facts.Data.cisco-facts.json";

    /// <summary>How every data file is read: camelCase, comments and trailing commas allowed, unknown members are
    /// errors. The type metadata is generated at build time (<see cref="FactsJsonContext"/>), so it needs no
    /// reflection (Native AOT); a floor above reads its own types with these options and its own context
    /// (<see cref="ReadOnly"/>).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = ReadOnly(new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = FactsJsonContext.Default,
    });

    /// <summary>The options, made read-only so that each type's metadata is built once and cached. Options that can
    /// still change build it anew on every <c>GetTypeInfo</c> (System.Text.Json caches only once options are
    /// read-only), and the shape check asks for it at every value of a data file: with the patterns compiled lazily,
    /// that was most of the start-up (bench/README.md).</summary>
    public static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The built-in file, then the override file when a path is given.</summary>
    /// <exception cref="RuleDataException">A file is unreadable or malformed.</exception>
    public static IReadOnlyList<FactsFile> Read(string? overridePath)
    {
        var files = new List<FactsFile>();
        using (Stream stream = typeof(FactsLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The library lacks its embedded resource {BuiltInResource}."))
        {
            files.Add(Parse(stream, BuiltInName));
        }

        if (overridePath is not null)
        {
            try
            {
                using FileStream stream = File.OpenRead(overridePath);
                files.Add(Parse(stream, overridePath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RuleDataException($"{overridePath}: cannot read the rules file: {e.Message}", e);
            }
        }

        return files;
    }

    /// <summary>The facts of the files, each later file's entries replacing or adding to the earlier ones'.</summary>
    /// <param name="checkBuiltInPatterns">Whether the built-in file's patterns are compiled to see that they are
    /// valid. A user's file is always checked, so that a bad pattern is refused when it loads, with the file named;
    /// the built-in file is checked by a test instead of at every start (a pattern is built when first matched:
    /// <see cref="DataPattern"/>).</param>
    /// <exception cref="RuleDataException">The merged facts are incomplete or contradict each other; names the last file.</exception>
    public static CiscoFacts Merge(IReadOnlyList<FactsFile> files, bool checkBuiltInPatterns = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        FactsDocument builtIn = files[0].Document;
        FactsDocument? extra = files.Count > 1 ? files[^1].Document : null;
        var facts = new CiscoFacts
        {
            Versions = files.Select(f => $"{f.Name} {f.Document.Version}").ToList(),
            Sources = MergeById(builtIn.Sources, extra?.Sources, s => s.Id),
            SerialFormat = extra?.SerialFormat ?? builtIn.SerialFormat
                ?? throw new RuleDataException($"{BuiltInName}: 'serialFormat' is missing."),
            MicLifetime = extra?.MicLifetime ?? builtIn.MicLifetime
                ?? throw new RuleDataException($"{BuiltInName}: 'micLifetime' is missing."),
            ModelFamilies = MergeById(builtIn.ModelFamilies, extra?.ModelFamilies, f => f.Id),
            NotDateCoded = MergeById(builtIn.NotDateCoded, extra?.NotDateCoded, p => p.Id),
            CiscoCas = MergeById(builtIn.CiscoCas, extra?.CiscoCas, c => c.Id),
            CertificatePurposes = MergeById(builtIn.CertificatePurposes, extra?.CertificatePurposes, p => p.Id),
            Captures = MergeCaptures(builtIn.Captures, extra?.Captures),
            DeviceKindEvidence = MergeById(builtIn.DeviceKindEvidence, extra?.DeviceKindEvidence, e => e.Id),
            ControllerPlatforms = MergeById(builtIn.ControllerPlatforms, extra?.ControllerPlatforms, p => p.Id),
        };
        var errors = new List<string>();
        FactsValidator.Validate(facts, new PatternChecks(files, checkBuiltInPatterns), errors);
        if (errors.Count > 0)
        {
            throw new RuleDataException($"{files[^1].Name}: {string.Join("; ", errors)}.");
        }

        return facts;
    }

    /// <summary>An override entry replaces the built-in entry of the same id where it stands; new ids are appended in order.</summary>
    public static List<T> MergeById<T>(IReadOnlyList<T> builtIn, IReadOnlyList<T>? overrides, Func<T, string> id)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(id);
        var merged = new List<T>(builtIn);
        foreach (T entry in overrides ?? [])
        {
            int index = merged.FindIndex(existing => string.Equals(id(existing), id(entry), StringComparison.Ordinal));
            if (index >= 0)
            {
                merged[index] = entry;
            }
            else
            {
                merged.Add(entry);
            }
        }

        return merged;
    }

    /// <summary>Adds a problem for each source an entry cites that the facts do not define.</summary>
    public static void CheckSources(CiscoFacts facts, string owner, IEnumerable<string> sources, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (string source in sources.Where(s => !facts.Sources.Any(defined => string.Equals(defined.Id, s, StringComparison.Ordinal))))
        {
            errors.Add($"{owner} cites source '{source}', which 'sources' does not define");
        }
    }

    /// <summary>Adds a problem when a pattern is not a valid regular expression.</summary>
    /// <param name="options">The options the pattern is matched with, so that checking builds the regex its users share
    /// (building a NonBacktracking regex is most of the start-up: bench/README.md).</param>
    public static void CheckPattern(string owner, string? pattern, List<string> errors, RegexOptions options = RegexOptions.None)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (pattern is null)
        {
            return;
        }

        try
        {
            _ = PatternCache.Get(pattern, options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            errors.Add($"{owner} has an invalid pattern '{pattern}': {e.Message}");
        }
    }

    private static FactsFile Parse(Stream stream, string name)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        (FactsDocument? document, JsonLineMap lines) = DataFile.Read(
            bytes.GetBuffer().AsMemory(0, (int)bytes.Length), name, "rules file", (JsonTypeInfo<FactsDocument>)JsonOptions.GetTypeInfo(typeof(FactsDocument)));
        if (document is null)
        {
            throw new RuleDataException($"{name}: the rules file is empty (expected a JSON object with 'schema' and 'version').");
        }

        if (document.Schema != SupportedSchema)
        {
            throw new RuleDataException($"{name}: schema {document.Schema} is not supported (expected {SupportedSchema}).");
        }

        return new FactsFile(name, document, lines);
    }

    // Host names add up; time zones merge by abbreviation.
    private static CaptureFacts MergeCaptures(CaptureFacts? builtIn, CaptureFacts? overrides) => new()
    {
        GenericHostNames = (builtIn?.GenericHostNames ?? []).Concat(overrides?.GenericHostNames ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        TimeZones = MergeById(builtIn?.TimeZones ?? [], overrides?.TimeZones, z => z.Id),
        AccessPointLogMarkers = (builtIn?.AccessPointLogMarkers ?? []).Concat(overrides?.AccessPointLogMarkers ?? []).Distinct(StringComparer.Ordinal).ToList(),
        ControllerLogMarkers = (builtIn?.ControllerLogMarkers ?? []).Concat(overrides?.ControllerLogMarkers ?? []).Distinct(StringComparer.Ordinal).ToList(),
        ControllerSoftwareBanners = (builtIn?.ControllerSoftwareBanners ?? []).Concat(overrides?.ControllerSoftwareBanners ?? []).Distinct(StringComparer.Ordinal).ToList(),
        Sources = (builtIn?.Sources ?? []).Concat(overrides?.Sources ?? []).Distinct(StringComparer.Ordinal).ToList(),
    };
}
