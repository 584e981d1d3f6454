using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertInspect.Rules;

/// <summary>Reads the embedded facts file and an optional override file into a validated <see cref="RuleSet"/>.</summary>
public static class RuleSetLoader
{
    public const int SupportedSchema = 1;

    private const string BuiltInResource = "CertInspect.Rules.Data.cisco-facts.json";
    private const string BuiltInName = "built-in";

    private static readonly JsonSerializerOptions _jsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The built-in facts, alone.</summary>
    public static RuleSet LoadBuiltIn() => Load(overridePath: null);

    /// <summary>The built-in facts, with the override file's entries merged in when a path is given.</summary>
    /// <exception cref="RuleDataException">A file is unreadable, malformed, or its entries contradict each other.</exception>
    public static RuleSet Load(string? overridePath)
    {
        FactsDocument builtIn;
        using (Stream stream = typeof(RuleSetLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The library lacks its embedded resource {BuiltInResource}."))
        {
            builtIn = Parse(stream, BuiltInName);
        }

        if (overridePath is null)
        {
            return Validate(Merge(builtIn, null), BuiltInName);
        }

        FactsDocument overrides;
        try
        {
            using FileStream stream = File.OpenRead(overridePath);
            overrides = Parse(stream, overridePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleDataException($"{overridePath}: cannot read the rules file: {e.Message}", e);
        }

        return Validate(Merge(builtIn, (overrides, overridePath)), overridePath);
    }

    private static FactsDocument Parse(Stream stream, string name)
    {
        FactsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FactsDocument>(stream, _jsonOptions);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new RuleDataException($"{name}: not a valid rules file{where}: {e.Message}", e);
        }

        if (document is null)
        {
            throw new RuleDataException($"{name}: the rules file is empty (expected a JSON object with 'schema' and 'version').");
        }

        if (document.Schema != SupportedSchema)
        {
            throw new RuleDataException($"{name}: schema {document.Schema} is not supported (expected {SupportedSchema}).");
        }

        return document;
    }

    private static RuleSet Merge(FactsDocument builtIn, (FactsDocument Document, string Name)? overrides)
    {
        FactsDocument? extra = overrides?.Document;
        var versions = new List<string> { $"{BuiltInName} {builtIn.Version}" };
        if (overrides is { } o)
        {
            versions.Add($"{o.Name} {o.Document.Version}");
        }

        return new RuleSet
        {
            Versions = versions,
            Sources = MergeById(builtIn.Sources, extra?.Sources, s => s.Id),
            SerialFormat = extra?.SerialFormat ?? builtIn.SerialFormat
                ?? throw new RuleDataException($"{BuiltInName}: 'serialFormat' is missing."),
            MicLifetime = extra?.MicLifetime ?? builtIn.MicLifetime
                ?? throw new RuleDataException($"{BuiltInName}: 'micLifetime' is missing."),
            ModelFamilies = MergeById(builtIn.ModelFamilies, extra?.ModelFamilies, f => f.Id),
            NotDateCoded = MergeById(builtIn.NotDateCoded, extra?.NotDateCoded, p => p.Id),
            CiscoCas = MergeById(builtIn.CiscoCas, extra?.CiscoCas, c => c.Id),
            Captures = MergeCaptures(builtIn.Captures, extra?.Captures),
            Rules = MergeById(builtIn.Rules, extra?.Rules, r => r.Id),
        };
    }

    // Host names add up; time zones merge by abbreviation.
    private static CaptureFacts MergeCaptures(CaptureFacts? builtIn, CaptureFacts? overrides) => new()
    {
        GenericHostNames = (builtIn?.GenericHostNames ?? []).Concat(overrides?.GenericHostNames ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        TimeZones = MergeById(builtIn?.TimeZones ?? [], overrides?.TimeZones, z => z.Id),
        Sources = (builtIn?.Sources ?? []).Concat(overrides?.Sources ?? []).Distinct(StringComparer.Ordinal).ToList(),
    };

    // An override entry replaces the built-in entry of the same id where it stands; new ids are appended in order.
    private static List<T> MergeById<T>(IReadOnlyList<T> builtIn, IReadOnlyList<T>? overrides, Func<T, string> id)
    {
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

    private static RuleSet Validate(RuleSet set, string name)
    {
        var errors = new List<string>();
        var sourceIds = set.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var familyIds = set.ModelFamilies.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        void CheckSources(string owner, IEnumerable<string> sources)
        {
            foreach (string source in sources.Where(s => !sourceIds.Contains(s)))
            {
                errors.Add($"{owner} cites source '{source}', which 'sources' does not define");
            }
        }

        void CheckPattern(string owner, string? pattern)
        {
            if (pattern is null)
            {
                return;
            }

            try
            {
                _ = PatternCache.Get(pattern);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                errors.Add($"{owner} has an invalid pattern '{pattern}': {e.Message}");
            }
        }

        CheckSources("serialFormat", set.SerialFormat.Sources);
        CheckSources("micLifetime", set.MicLifetime.Sources);
        foreach (ModelFamily family in set.ModelFamilies)
        {
            CheckSources($"model family '{family.Id}'", family.Sources);
            CheckPattern($"model family '{family.Id}'", family.PidPattern);
        }

        foreach (NotDateCodedPattern pattern in set.NotDateCoded)
        {
            CheckSources($"notDateCoded '{pattern.Id}'", pattern.Sources);
            CheckPattern($"notDateCoded '{pattern.Id}'", pattern.SerialPattern);
            CheckPattern($"notDateCoded '{pattern.Id}'", pattern.PidPattern);
            if (pattern.SerialPattern is null && pattern.PidPattern is null)
            {
                errors.Add($"notDateCoded '{pattern.Id}' needs 'serialPattern' or 'pidPattern'");
            }
        }

        foreach (CiscoCa ca in set.CiscoCas)
        {
            CheckSources($"ciscoCa '{ca.Id}'", ca.Sources);
            if (ca.Role is not ("root" or "manufacturing" or "sudi"))
            {
                errors.Add($"ciscoCa '{ca.Id}' has role '{ca.Role}' (expected root, manufacturing or sudi)");
            }
        }

        CheckSources("captures", set.Captures.Sources);
        foreach (TimeZoneAbbreviation zone in set.Captures.TimeZones)
        {
            CheckSources($"time zone '{zone.Id}'", zone.Sources);
            if (!System.Text.RegularExpressions.Regex.IsMatch(zone.Offset, @"^[+-](0\d|1[0-4]):[0-5]\d$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"time zone '{zone.Id}' has offset '{zone.Offset}' (expected +HH:MM or -HH:MM, at most 14 hours)");
            }
        }

        foreach (RuleDefinition rule in set.Rules)
        {
            foreach (string pattern in rule.Patterns.Concat(rule.Requires).Concat(rule.ReleasePatterns))
            {
                CheckPattern($"rule '{rule.Id}'", pattern);
            }

            CheckSources($"rule '{rule.Id}'", rule.Sources);
            foreach (string family in rule.Families.Concat(rule.ExcludedFamilies).Where(f => !familyIds.Contains(f)))
            {
                errors.Add($"rule '{rule.Id}' names model family '{family}', which 'modelFamilies' does not define");
            }

            errors.AddRange(RuleCatalog.Check(rule).Select(problem => $"rule '{rule.Id}' {problem}"));
        }

        if (errors.Count > 0)
        {
            throw new RuleDataException($"{name}: {string.Join("; ", errors)}.");
        }

        return set;
    }
}
