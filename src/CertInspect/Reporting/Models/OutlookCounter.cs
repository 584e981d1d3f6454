using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting.Models;

/// <summary>
/// Counts a <see cref="FleetOutlook"/> one device at a time, in memory bounded by the number of rules, places, sites
/// and quarters (never by devices), so it runs inside the pass that counts a million-device summary.
/// </summary>
public sealed class OutlookCounter
{
    /// <summary>A fix lists this many places; the rest are counted.</summary>
    public const int PlacesPerFix = 8;

    /// <summary>The outlook lists this many sites, most urgent first; the rest are counted.</summary>
    public const int SitesListed = 100;

    private const string NoSite = "(no site)";

    private readonly DateOnly _asOf;
    private readonly IReadOnlyList<Milestone> _milestones;
    private readonly int[] _stopBy;
    private readonly Dictionary<string, FixTally> _fixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteTally> _sites = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Year, int Quarter), int> _quarters = [];
    private int _cannotJoinToday;
    private int _noEnd;

    /// <param name="provesNoJoin">The rules whose findings show an AP cannot join today (rules data: provesNoJoin).</param>
    public OutlookCounter(DateOnly asOf, IReadOnlyList<Milestone> milestones, IReadOnlySet<string>? provesNoJoin = null)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        _asOf = asOf;
        _milestones = [.. milestones.OrderBy(m => m.Date)];
        _stopBy = new int[_milestones.Count];
        _provesNoJoin = provesNoJoin ?? new HashSet<string>();
    }

    private readonly IReadOnlySet<string> _provesNoJoin;
    private int _otherDevices;
    private int _otherEnded;
    private int _unknownKind;
    private int _unknownEnded;
    private int _cannotJoinPredicted;

    public void Add(DeviceReport device)
    {
        ArgumentNullException.ThrowIfNull(device);
        DateOnly? firstEnd = device.FirstEnd;
        string? type = device.Device.DeviceType;
        if (type is null or DeviceTypes.Unknown)
        {
            // No evidence says what it is: it may be an AP, a controller or anything else, so it is not counted as an AP.
            _unknownKind++;
            _unknownEnded += firstEnd <= _asOf ? 1 : 0;
            AddToSiteAndFixes(device, endedAlready: false);
            return;
        }

        if (type != DeviceTypes.AccessPoint)
        {
            // A controller, switch or router does not join: it is counted apart, never among the APs that cannot.
            _otherDevices++;
            _otherEnded += firstEnd <= _asOf ? 1 : 0;
            AddToSiteAndFixes(device, endedAlready: false);
            return;
        }

        bool proven = false;
        foreach (Finding finding in device.Findings)
        {
            proven |= _provesNoJoin.Contains(finding.RuleId);
        }

        bool endedAlready = firstEnd <= _asOf || proven;
        if (firstEnd is not { } end)
        {
            if (proven)
            {
                _cannotJoinToday++;
            }
            else
            {
                _noEnd++;
            }
        }
        else
        {
            (int, int) quarter = (end.Year, ((end.Month - 1) / 3) + 1);
            _quarters[quarter] = _quarters.GetValueOrDefault(quarter) + 1;
            if (endedAlready)
            {
                _cannotJoinToday++;
                // Only the serial's prediction says so: no certificate of the AP ended, nothing shows the join failing.
                bool certificateEnded = device.TrustEnds is { } trust && DateOnly.FromDateTime(trust.UtcDateTime) <= _asOf;
                _cannotJoinPredicted += proven || certificateEnded || device.Device.HasIdentityCertificate ? 0 : 1;
            }

            for (int i = 0; i < _milestones.Count; i++)
            {
                if (!endedAlready && end <= _milestones[i].Date)
                {
                    _stopBy[i]++;
                }
            }
        }

        AddToSiteAndFixes(device, endedAlready);
    }

    private void AddToSiteAndFixes(DeviceReport device, bool endedAlready)
    {
        string site = device.Device.Site ?? NoSite;
        if (!_sites.TryGetValue(site, out SiteTally? siteTally))
        {
            _sites[site] = siteTally = new SiteTally();
        }

        siteTally.Add(device.Risk, endedAlready);

        string place = PlaceOf(device);
        foreach (Finding finding in device.Findings)
        {
            if (!_fixes.TryGetValue(finding.RuleId, out FixTally? fix))
            {
                _fixes[finding.RuleId] = fix = new FixTally();
            }

            fix.Add(device, finding.Severity, place);
        }
    }

    public FleetOutlook Finish()
    {
        List<SiteRollup> sites = [.. _sites
            .Select(s => s.Value.Rollup(s.Key))
            .OrderByDescending(s => s.CannotJoinToday)
            .ThenByDescending(s => s.ByRisk.Select(r => r.Value).ToArray(), RiskCountsComparer.Instance)
            .ThenBy(s => s.Site, StringComparer.Ordinal)];
        return new FleetOutlook(
            _cannotJoinToday,
            [.. _milestones.Select((m, i) => new MilestoneCount(m, _stopBy[i]))],
            _noEnd,
            [.. _fixes
                .Select(f => f.Value.Group(f.Key))
                .OrderByDescending(f => f.Severity)
                .ThenByDescending(f => f.Devices)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)],
            [.. sites.Take(SitesListed)],
            Math.Max(0, sites.Count - SitesListed),
            [.. _quarters.OrderBy(q => q.Key).Select(q => new QuarterCount(q.Key.Year, q.Key.Quarter, q.Value))])
        {
            CannotJoinPredicted = _cannotJoinPredicted,
            UnknownKind = _unknownKind,
            UnknownKindEnded = _unknownEnded,
            OtherDevices = _otherDevices,
            OtherDevicesWithEndedCertificates = _otherEnded,
        };
    }

    // Where a fix is carried out: the device's site and the controller a capture tied it to, whichever are known.
    private static string PlaceOf(DeviceReport device)
    {
        string? controller = device.Device.Capture?.Controllers.Count > 0 ? device.Device.Capture.Controllers[0].Name : null;
        string? site = device.Device.Site;
        return (site, controller) switch
        {
            (not null, not null) => $"{site} on {controller}",
            (not null, null) => site,
            (null, not null) => controller,
            _ => NoSite,
        };
    }

    private sealed class FixTally
    {
        private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
        private DeviceReport? _last;
        private int _devices;
        private Severity _worst;

        public void Add(DeviceReport device, Severity severity, string place)
        {
            // A rule may fire more than once on a device (one finding per certificate): count the device once.
            if (ReferenceEquals(_last, device))
            {
                _worst = severity > _worst ? severity : _worst;
                return;
            }

            _last = device;
            _devices++;
            _worst = _devices == 1 || severity > _worst ? severity : _worst;
            _places[place] = _places.GetValueOrDefault(place) + 1;
        }

        public FixGroup Group(string ruleId)
        {
            List<PlaceCount> places = [.. _places
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PlaceCount(p.Key, p.Value))];
            return new FixGroup(ruleId, _worst, _devices, [.. places.Take(PlacesPerFix)], Math.Max(0, places.Count - PlacesPerFix));
        }
    }

    private sealed class SiteTally
    {
        private readonly int[] _byRisk = new int[RiskNames.WorstFirst.Count];
        private int _devices;
        private int _cannotJoinToday;

        public void Add(Risk risk, bool endedAlready)
        {
            _devices++;
            _cannotJoinToday += endedAlready ? 1 : 0;
            _byRisk[(int)risk]++;
        }

        // Worst first, as every count of risks is listed.
        public SiteRollup Rollup(string site) => new(
            site,
            _devices,
            _cannotJoinToday,
            [.. RiskNames.WorstFirst.Select(r => new KeyValuePair<Risk, int>(r, _byRisk[(int)r]))]);
    }

    // Worst first: more critical devices, then more high, and so on.
    private sealed class RiskCountsComparer : IComparer<int[]>
    {
        public static RiskCountsComparer Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return 0;
        }
    }
}
