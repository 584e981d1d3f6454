using System.Collections.Concurrent;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Serials;

namespace CertInspect.Rules;

/// <summary>
/// Evaluates devices through the one rule engine, once per case for devices known only from their inventory row: a
/// million rows hold a few thousand cases (<see cref="DeviceCase"/>). A case is evaluated on a stand-in of its first
/// device whose per-device values (serial, factory code, name, MAC, site, row) are marks; the findings it gets are the
/// case's templates, and each device of the case gets them with its own values put where the marks are. No rule is
/// implemented twice. A case whose template does not give its first device exactly what the full evaluation gives (a
/// rule that weighs a per-device value, or prints one that is not filled in) is evaluated device by device, as is
/// every other device. Thread-safe.
/// </summary>
public sealed class CaseEvaluator
{
    /// <summary>The character that opens and closes a mark: a noncharacter (U+FFFF), never in a rule's text.</summary>
    internal const char Mark = '\uFFFF';

    // Hostile input with a case per row must not grow the cache without bound; beyond it devices are evaluated in full.
    private const int CaseLimit = 1 << 16;

    private static readonly string SerialMark = Marked("serial");
    private static readonly string FactoryMark = Marked("factory");
    private static readonly string NameMark = Marked("name");
    private static readonly string MacMark = Marked("mac");
    private static readonly string SiteMark = Marked("site");
    private static readonly string NoteMark = Marked("note");
    private static readonly EvidenceLine RowMark = new(new SourceLocation(Marked("source"), 1), Marked("row"));

    private readonly RuleEngine _engine;
    private readonly EvaluationContext _context;
    private readonly Facts.MicLifetimeFacts _lifetime;
    private readonly ConcurrentDictionary<DeviceCase, CaseFindings?> _cases = new();
    private int _filledIn;

    public CaseEvaluator(RuleEngine engine, RuleSet rules, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        _engine = engine;
        _context = context;
        _lifetime = rules.Facts.MicLifetime;
    }

    /// <summary>Whether devices are evaluated by case (true) or each in full (false, which tests compare it with).</summary>
    public bool ByCase { get; init; } = true;

    /// <summary>How many devices got their case's findings filled in rather than an evaluation of their own.</summary>
    internal int FilledIn => _filledIn;

    /// <summary>The device's findings, worst first, whether anything could be checked, and why its risk is ok or
    /// unjudged when it is.</summary>
    public DeviceEvaluation Evaluate(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!ByCase || DeviceCase.Of(device) is not { } key)
        {
            return Full(device);
        }

        if (_cases.TryGetValue(key, out CaseFindings? known))
        {
            if (known is null)
            {
                return Full(device);
            }

            Interlocked.Increment(ref _filledIn);
            return known.For(device);
        }

        DeviceEvaluation full = Full(device);
        IReadOnlyList<EvidenceLine> rows = [RowMark];
        CaseFindings? made = CaseFindings.From(Full(StandIn(device, rows)), rows);
        if (made is not null && !made.For(device).SameAs(full))
        {
            made = null;
        }

        if (_cases.Count < CaseLimit)
        {
            _cases.TryAdd(key, made);
        }

        return full;
    }

    private DeviceEvaluation Full(DeviceRecord device)
    {
        IReadOnlyList<Finding> findings = _engine.Evaluate(device, _context);
        bool judged = CheckedEvidence.Any(device);
        string? reason = RiskNames.Of(findings, judged) switch
        {
            Risk.Ok => QuietReason.Ok(device, _context, _lifetime),
            Risk.Unjudged => QuietReason.Unjudged(device),
            _ => null,
        };
        return new DeviceEvaluation(findings, judged, reason);
    }

    // The device with every per-device value replaced by its mark; what rules weigh (model, week, date code,
    // prediction, which values are present) is the device's own. Its rows are one list of its own: findings whose
    // evidence is the device's rows are told by that reference. Extra columns are not the case's (one row may leave a
    // cell empty that the next fills) and no rule reads them: the stand-in has none.
    internal static DeviceRecord StandIn(DeviceRecord device, IReadOnlyList<EvidenceLine> rows) => device with
    {
        Key = DeviceKey.ForSerial(SerialMark),
        Serial = device.Serial! with { Text = SerialMark, Location = device.Serial.Location is null ? null : FactoryMark },
        Name = device.Name is null ? null : NameMark,
        Names = device.Name is null ? [] : [NameMark],
        Mac = device.Mac is null ? null : MacMark,
        Macs = device.Macs.Count == 0 ? [] : [MacMark],
        Site = device.Site is null ? null : SiteMark,
        Rows = [RowMark],
        Occurrences = rows,
        Notes = device.Notes.Count == 0 ? [] : [.. device.Notes.Select(_ => NoteMark)],
        Extra = [],
    };

    private static string Marked(string what) => $"{Mark}{what}{Mark}";

    /// <summary>A case's findings with marks where per-device values go.</summary>
    private sealed class CaseFindings
    {
        private readonly IReadOnlyList<Finding> _findings;
        private readonly MarkedText[] _messages;
        private readonly bool _judged;
        private readonly MarkedText? _reason;
        private readonly IReadOnlyList<EvidenceLine> _rows;

        private CaseFindings(DeviceEvaluation standIn, IReadOnlyList<EvidenceLine> rows)
        {
            _findings = standIn.Findings;
            _messages = [.. _findings.Select(f => new MarkedText(f.Message))];
            _judged = standIn.Judged;
            _reason = standIn.Reason is null ? null : new MarkedText(standIn.Reason);
            _rows = rows;
        }

        /// <summary>The templates of a stand-in's evaluation; null when a finding rests on evidence other than its
        /// row (the device's list of rows, or a list of its own holding that row), or a mark that is not filled in
        /// (name, MAC, site, row, note) shows in any text.</summary>
        public static CaseFindings? From(DeviceEvaluation standIn, IReadOnlyList<EvidenceLine> rows)
        {
            foreach (Finding finding in standIn.Findings)
            {
                if ((!ReferenceEquals(finding.Evidence, rows) && finding.Evidence.Any(e => !ReferenceEquals(e, RowMark)))
                    || !OnlyFilledMarks(finding.Message)
                    || HasMark(finding.Detail) || HasMark(finding.Remediation.AireOs) || HasMark(finding.Remediation.Catalyst9800))
                {
                    return null;
                }
            }

            return standIn.Reason is { } reason && !OnlyFilledMarks(reason) ? null : new CaseFindings(standIn, rows);
        }

        public DeviceEvaluation For(DeviceRecord device)
        {
            string? reason = _reason?.Fill(device.Serial!);
            if (_findings.Count == 0)
            {
                return new DeviceEvaluation([], _judged, reason);
            }

            var findings = new Finding[_findings.Count];
            for (int i = 0; i < findings.Length; i++)
            {
                Finding template = _findings[i];
                findings[i] = template with
                {
                    Message = _messages[i].Fill(device.Serial!),
                    Evidence = ReferenceEquals(template.Evidence, _rows) ? device.Occurrences : [.. template.Evidence.Select(_ => device.Occurrences[0])],
                };
            }

            return new DeviceEvaluation(findings, _judged, reason);
        }

        private static bool OnlyFilledMarks(string text) =>
            !HasMark(text.Replace(SerialMark, string.Empty, StringComparison.Ordinal).Replace(FactoryMark, string.Empty, StringComparison.Ordinal));

        private static bool HasMark(string? text) => text is not null && text.Contains(Mark, StringComparison.Ordinal);
    }

    /// <summary>A template's text cut at its marks once, so that filling it in is one concatenation.</summary>
    private sealed class MarkedText
    {
        // The literal text around the marks; the i-th mark, between parts i and i + 1, is the factory's or the serial's.
        private readonly string[] _parts;
        private readonly bool[] _isFactory;

        public MarkedText(string text)
        {
            var parts = new List<string>();
            var isFactory = new List<bool>();
            int start = 0;
            for (int at = text.IndexOf(Mark); at >= 0; at = text.IndexOf(Mark, start))
            {
                bool factory = text.AsSpan(at).StartsWith(FactoryMark, StringComparison.Ordinal);
                parts.Add(text[start..at]);
                isFactory.Add(factory);
                start = at + (factory ? FactoryMark.Length : SerialMark.Length);
            }

            parts.Add(text[start..]);
            _parts = [.. parts];
            _isFactory = [.. isFactory];
        }

        public string Fill(SerialNumber serial)
        {
            if (_parts.Length == 1)
            {
                return _parts[0];
            }

            var text = new System.Text.StringBuilder(_parts[0]);
            for (int i = 0; i < _isFactory.Length; i++)
            {
                text.Append(_isFactory[i] ? serial.Location : serial.Text).Append(_parts[i + 1]);
            }

            return text.ToString();
        }
    }
}
