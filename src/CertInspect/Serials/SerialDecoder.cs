using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Facts;

namespace CertInspect.Serials;

/// <summary>
/// Decodes Cisco serials LLLYYWWSSSS (rules data: serialFormat): three letters of location, year code YY (year = base + YY),
/// week WW, and four base-34 characters. What is world knowledge (year base, week-to-month table, placeholders,
/// serials that carry no date) comes from the rules data. Thread-safe.
/// </summary>
public sealed class SerialDecoder
{
    public const int DateCodedLength = 11;
    private const int MinimumLength = 6;
    private const int MaximumLength = 20;

    // Models repeat across a fleet; the PID patterns are answered once per model, up to a bound.
    private const int ModelCacheLimit = 4096;

    private readonly SerialFormatFacts _format;
    private readonly HashSet<string> _placeholders;
    private readonly IReadOnlyList<(NotDateCodedPattern Pattern, DataPattern? Serial, DataPattern? Pid)> _notDateCoded;
    private readonly ConcurrentDictionary<string, NotDateCodedPattern?> _byModel = new(StringComparer.Ordinal);

    public SerialDecoder(SerialFormatFacts format, IReadOnlyList<NotDateCodedPattern> notDateCoded)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(notDateCoded);
        _format = format;
        _placeholders = _format.Placeholders
            .Select(p => SerialNormalizer.Normalize(p).Text)
            .ToHashSet(StringComparer.Ordinal);
        _notDateCoded = notDateCoded
            .Select(p => (p, DataPattern.Of(p.SerialPattern), DataPattern.Of(p.PidPattern, RegexOptions.IgnoreCase)))
            .ToList();
    }

    /// <param name="raw">The serial as the input wrote it.</param>
    /// <param name="model">The device's model or PID when the input gives one: some families never date-code serials.</param>
    public SerialDecoding Decode(string raw, string? model)
    {
        ArgumentNullException.ThrowIfNull(raw);
        (string text, IReadOnlyList<string> changes) = SerialNormalizer.Normalize(raw);

        if (text.Length == 0)
        {
            return SerialDecoding.Failed("empty serial", changes);
        }

        if (_placeholders.Contains(text))
        {
            return SerialDecoding.Failed($"'{text}' is a placeholder, not a serial", changes);
        }

        int junk = text.AsSpan().IndexOfAnyExcept(_alphanumerics);
        if (junk >= 0)
        {
            return SerialDecoding.Failed(
                string.Create(CultureInfo.InvariantCulture, $"'{text}' has '{text[junk]}' at position {junk + 1}; serials are letters and digits only"),
                changes);
        }

        if (NotDateCoded(text, model) is { } pattern)
        {
            return new SerialDecoding(new SerialNumber(text, null, null, pattern.Description), null, changes);
        }

        bool startsLikeDateCoded = text.Length >= 7 && IsLetters(text.AsSpan(0, 3)) && IsDigits(text.AsSpan(3, 4));
        if (startsLikeDateCoded && text.Length != DateCodedLength)
        {
            return SerialDecoding.Failed(
                string.Create(CultureInfo.InvariantCulture, $"'{text}' has {text.Length} characters; a date-coded serial LLLYYWWSSSS has {DateCodedLength}"),
                changes);
        }

        if (startsLikeDateCoded)
        {
            return DecodeDateCoded(text, changes);
        }

        if (text.Length == DateCodedLength && IsLetters(text.AsSpan(0, 3)))
        {
            return SerialDecoding.Failed(
                $"'{text}' starts like a date-coded serial, but its year and week '{text[3..7]}' are not four digits",
                changes);
        }

        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            // Every Cisco serial, date-coded or not, holds a digit: a word is a heading or a label, not a unit.
            return SerialDecoding.Failed($"'{text}' has no digit: a word, not a serial", changes);
        }

        if (text.Length is < MinimumLength or > MaximumLength)
        {
            return SerialDecoding.Failed(
                string.Create(CultureInfo.InvariantCulture, $"'{text}' has {text.Length} characters; expected LLLYYWWSSSS ({DateCodedLength}) or another serial of {MinimumLength} to {MaximumLength}"),
                changes);
        }

        return new SerialDecoding(
            new SerialNumber(text, null, null, "it does not follow the LLLYYWWSSSS pattern"),
            null,
            changes);
    }

    // The first entry, in data order, whose serial pattern matches the serial or whose PID pattern matches the model.
    private NotDateCodedPattern? NotDateCoded(string serial, string? model)
    {
        NotDateCodedPattern? byModel = model is null ? null : ByModel(model);
        foreach ((NotDateCodedPattern pattern, DataPattern? serialPattern, _) in _notDateCoded)
        {
            if (ReferenceEquals(pattern, byModel) || (serialPattern?.IsMatch(serial) ?? false))
            {
                return pattern;
            }
        }

        return null;
    }

    private NotDateCodedPattern? ByModel(string model)
    {
        if (_byModel.TryGetValue(model, out NotDateCodedPattern? known))
        {
            return known;
        }

        string trimmed = model.Trim();
        NotDateCodedPattern? found = _notDateCoded.FirstOrDefault(p => p.Pid?.IsMatch(trimmed) ?? false).Pattern;
        if (_byModel.Count < ModelCacheLimit)
        {
            _byModel.TryAdd(model, found);
        }

        return found;
    }

    private SerialDecoding DecodeDateCoded(string text, IReadOnlyList<string> changes)
    {
        int yearCode = int.Parse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int week = int.Parse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);

        // Week 53 is not documented but turns up; anything past it, or week 00, cannot be a real week.
        if (week < 1 || week > _format.LastDocumentedWeek + 1)
        {
            return SerialDecoding.Failed(
                string.Create(CultureInfo.InvariantCulture, $"'{text}' has week {week:D2}; weeks run from 01 to {_format.LastDocumentedWeek:D2}"),
                changes);
        }

        // SSSS is base 34: I and O never occur, so they are typos for 1 and 0 or not a Cisco serial.
        int letterIorO = text.AsSpan(7).IndexOfAny('I', 'O');
        if (letterIorO >= 0)
        {
            return SerialDecoding.Failed(
                string.Create(CultureInfo.InvariantCulture, $"'{text}' has '{text[7 + letterIorO]}' at position {8 + letterIorO}; Cisco serials never use I or O there (base 34) - a typo for 1 or 0?"),
                changes);
        }

        int month = _format.WeekToMonth.FirstOrDefault(r => week >= r.FromWeek && week <= r.ToWeek)?.Month ?? 12;
        var manufactured = new ManufactureWeek(_format.YearBase + yearCode, yearCode, week, month);
        return new SerialDecoding(new SerialNumber(text, text[..3], manufactured, null), null, changes);
    }

    private static readonly System.Buffers.SearchValues<char> _alphanumerics =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool IsLetters(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('A', 'Z');

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
}
