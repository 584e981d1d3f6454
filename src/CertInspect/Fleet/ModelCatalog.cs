using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>Recognises the model family of a PID or model text, from the families in the rules data. Thread-safe.</summary>
public sealed class ModelCatalog
{
    // An inventory repeats a few dozen PIDs over a million rows: remember answers, up to a bound that hostile input
    // with a distinct model per row cannot grow past.
    private const int CacheLimit = 4096;

    private readonly IReadOnlyList<(ModelFamily Family, DataPattern Pattern)> _families;
    private readonly ConcurrentDictionary<string, ModelFamily?> _cache = new(StringComparer.Ordinal);

    public ModelCatalog(IReadOnlyList<ModelFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        _families = families
            .Select(f => (f, new DataPattern(f.PidPattern, RegexOptions.IgnoreCase)))
            .ToList();
    }

    /// <summary>The first family, in data-file order, whose pattern matches; null when none does.</summary>
    public ModelFamily? Identify(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        if (_cache.TryGetValue(model, out ModelFamily? known))
        {
            return known;
        }

        string trimmed = model.Trim();
        ModelFamily? found = _families.FirstOrDefault(f => f.Pattern.IsMatch(trimmed)).Family;
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(model, found);
        }

        return found;
    }
}
