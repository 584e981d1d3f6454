namespace CertInspect.Evidence;

/// <summary>What a capture's logs say about the device: its own log, its controller's log about it, and (for a
/// controller) its log about its APs; each kept to <see cref="MaximumLogLines"/> lines.</summary>
public sealed partial class CapturedDevice
{
    private readonly List<EvidenceLine> _logLines = [];
    private readonly List<EvidenceLine> _reportedLogLines = [];
    private readonly List<EvidenceLine> _logLinesAboutAps = [];

    /// <summary>Log lines that match a log signature of the rules, at most <see cref="MaximumLogLines"/>.</summary>
    public IReadOnlyList<EvidenceLine> LogLines => _logLines;

    /// <summary>Log lines its controller logged about this AP (naming its MAC), at most <see cref="MaximumLogLines"/>.</summary>
    public IReadOnlyList<EvidenceLine> ReportedLogLines => _reportedLogLines;

    internal void AddReportedLogLine(EvidenceLine line)
    {
        if (_reportedLogLines.Count < MaximumLogLines)
        {
            _reportedLogLines.Add(line);
        }
    }

    /// <summary>Takes out the log lines the predicate selects (they belong to another device) and returns them.</summary>
    internal List<EvidenceLine> TakeLogLines(Func<EvidenceLine, bool> belongsElsewhere)
    {
        List<EvidenceLine> taken = _logLines.Where(belongsElsewhere).ToList();
        _logLines.RemoveAll(line => belongsElsewhere(line));
        return taken;
    }

    internal void AddLogLine(EvidenceLine line)
    {
        if (_logLines.Count < MaximumLogLines)
        {
            _logLines.Add(line);
        }
    }

    /// <summary>For a controller: the lines of its own log that name one of its APs (they went to that AP, see
    /// <see cref="ReportedLogLines"/>), at most <see cref="MaximumLogLines"/>: what it logged about its APs.</summary>
    public IReadOnlyList<EvidenceLine> LogLinesAboutAps => _logLinesAboutAps;

    internal void AddLogLineAboutAp(EvidenceLine line)
    {
        if (_logLinesAboutAps.Count < MaximumLogLines)
        {
            _logLinesAboutAps.Add(line);
        }
    }
}
