namespace CertInspect.Evidence;

/// <summary>
/// Everything one capture says about one device: the device whose prompt the output appeared under, or an AP a
/// controller's output describes (show ap summary, show ap config general, show ap inventory). Built while the
/// capture is read; joined with the other inputs' records afterwards.
/// </summary>
public sealed partial class CapturedDevice
{
    /// <summary>A device keeps at most this many log lines that match a signature: a day of debug output is not evidence ten thousand times over.</summary>
    public const int MaximumLogLines = 1000;

    private readonly List<CapturedValue> _serials = [];
    private readonly List<CapturedValue> _memberSerials = [];
    private readonly List<CapturedValue> _models = [];
    private readonly List<CapturedValue> _macs = [];
    private readonly List<CapturedValue> _ipAddresses = [];
    private readonly List<CapturedValue> _names = [];
    private readonly List<LocatedCertificate> _certificates = [];
    private readonly List<CapturedValue> _descriptions = [];
    private readonly List<EvidenceLine> _occurrences = [];
    private readonly List<string> _notes = [];
    private readonly List<CapturedValue> _unreadCommands = [];
    private List<EvidenceLine>? _trustpointLines;

    internal CapturedDevice(string source, string context, DeviceRole role, CapturedDevice? controller)
    {
        Source = source;
        Context = context;
        Role = role;
        Controller = controller;
    }

    public string Source { get; }

    /// <summary>The name the capture knows the device by: its prompt, or the AP name a controller printed.</summary>
    public string Context { get; }

    public DeviceRole Role { get; private set; }

    /// <summary>For an AP a controller's output describes: that controller.</summary>
    public CapturedDevice? Controller { get; }

    public IReadOnlyList<CapturedValue> Serials => _serials;

    /// <summary>The chassis serials of the other members of a stack, a StackWise Virtual pair or an HA pair ("Switch 2",
    /// "Chassis 2" in show inventory): the same device, so an inventory row with one of them is this device's row.</summary>
    public IReadOnlyList<CapturedValue> MemberSerials => _memberSerials;

    public IReadOnlyList<CapturedValue> Models => _models;

    public IReadOnlyList<CapturedValue> Macs => _macs;

    /// <summary>Names the device goes by: its prompt host name and the AP names controllers print.</summary>
    public IReadOnlyList<CapturedValue> Names => _names;

    /// <summary>Certificates described in the device's output (never decoded: see <see cref="CertificateFacts.TextSource"/>).</summary>
    public IReadOnlyList<LocatedCertificate> Certificates => _certificates;

    /// <summary>The software release the device runs, from show version or show sysinfo.</summary>
    public CapturedValue? Release { get; private set; }

    /// <summary>"test pb display": whether the AP has a SHA2 parameter block; null when the command is not in the capture.</summary>
    public ProofObservation? Sha2ParameterBlock { get; private set; }

    /// <summary>"show crypto pki trustpoints [| include SHA2]": the lines it printed; null when the command is not in the capture.</summary>
    public IReadOnlyList<EvidenceLine>? TrustpointLines => _trustpointLines;

    /// <summary>Where "show crypto pki trustpoints" was typed: the evidence of an empty output.</summary>
    public EvidenceLine? TrustpointCommand { get; private set; }

    /// <summary>Catalyst 9800 "show wireless management trustpoint": the trustpoint whose certificate the controller
    /// presents to APs (its wireless management certificate); null when the command is not in the capture.</summary>
    public CapturedValue? ManagementTrustpoint { get; private set; }

    /// <summary>The prompt and command lines and identity lines that name the device, for the report's sources.</summary>
    public IReadOnlyList<EvidenceLine> Occurrences => _occurrences;

    /// <summary>What the capture states that is worth knowing but is not evidence for a rule.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Whether the capture says anything about the device beyond its prompt and its log.</summary>
    public bool HasOutputEvidence => _serials.Count + _models.Count + _macs.Count + _certificates.Count > 0
        || Release is not null || Sha2ParameterBlock is not null || TrustpointLines is not null || JoinStatus is not null;

    /// <summary>Whether the capture says anything about the device beyond its prompt.</summary>
    public bool HasEvidence => _serials.Count + _models.Count + _macs.Count + _certificates.Count + _logLines.Count > 0
        || (_unreadCommands.Count > 0 && _names.Count > 0)
        || Release is not null || Sha2ParameterBlock is not null || TrustpointLines is not null || Role != DeviceRole.Unknown;

    internal void SetRole(DeviceRole role)
    {
        if (Role == DeviceRole.Unknown)
        {
            Role = role;
        }
    }

    internal void AddSerial(string value, EvidenceLine evidence)
    {
        string serial = value.Trim();
        if (IsMasked(serial))
        {
            // "FCL2XXXXXXX", "FDO2cccccc", "*****": a serial the person who pasted it hid is no serial to decode.
            AddNote($"{evidence.Location}: the serial '{serial}' is masked: not used");
            return;
        }

        AddDistinct(_serials, serial.ToUpperInvariant(), evidence);
    }

    // Cisco prints serials in capitals and digits; a run of one letter or symbol ("XXX", "cccc", "***") is a mask, and
    // so is the counting a writer puts in an example ("FCW12345678").
    private static bool IsMasked(string serial)
    {
        int run = 1;
        int counting = 1;
        for (int i = 1; i < serial.Length; i++)
        {
            run = serial[i] == serial[i - 1] && !char.IsAsciiDigit(serial[i]) ? run + 1 : 1;
            counting = char.IsAsciiDigit(serial[i]) && serial[i] == serial[i - 1] + 1 ? counting + 1 : 1;
            if (run >= (char.IsAsciiLetterUpper(serial[i]) && serial[i] != 'X' ? 5 : 3) || counting >= 6)
            {
                return true;
            }
        }

        return false;
    }

    internal void AddMemberSerial(string value, EvidenceLine evidence)
    {
        string serial = value.Trim().ToUpperInvariant();
        if (!_serials.Exists(s => s.Value == serial))
        {
            AddDistinct(_memberSerials, serial, evidence);
        }
    }

    internal void AddModel(string value, EvidenceLine evidence) => AddDistinct(_models, value.Trim(), evidence);

    internal void AddMac(string value, EvidenceLine evidence) => AddDistinct(_macs, value, evidence);

    /// <summary>The IP addresses its controller lists for the AP ("show ap join stats summary all"): how DTLS log lines name it.</summary>
    public IReadOnlyList<CapturedValue> IpAddresses => _ipAddresses;

    internal void AddIpAddress(string value, EvidenceLine evidence) => AddDistinct(_ipAddresses, value, evidence);

    internal void AddName(string value, EvidenceLine evidence) => AddDistinct(_names, value.Trim(), evidence);

    internal void AddNote(string note) => _notes.Add(note);

    internal void AddCertificate(LocatedCertificate certificate) => _certificates.Add(certificate);

    internal void SetRelease(string value, EvidenceLine evidence)
    {
        Release ??= new CapturedValue(value, evidence);
        _occurrences.Add(evidence);
    }

    /// <summary>AireOS "show ap join stats summary": whether the AP joined the controller ("Joined", "Not joined").</summary>
    public CapturedValue? JoinStatus { get; private set; }

    internal void SetJoinStatus(string status, EvidenceLine evidence) => JoinStatus = new CapturedValue(status, evidence);

    /// <summary>Catalyst 9800 "show wireless stats ap join summary": the phase of the AP's last failed join and the
    /// reason the controller gives ("Dtls: DTLS handshake failure"); null when not listed.</summary>
    public CapturedValue? LastJoinFailure { get; private set; }

    /// <summary>Set with each row's status, so that a later row of the same AP replaces the failure too (null: none).</summary>
    internal void SetLastJoinFailure(string? failure, EvidenceLine evidence) => LastJoinFailure = failure is null ? null : new CapturedValue(failure, evidence);

    internal void SetManagementTrustpoint(string name, EvidenceLine evidence) => ManagementTrustpoint = new CapturedValue(name.Trim(), evidence);

    internal void SetParameterBlock(bool present, EvidenceLine evidence) => Sha2ParameterBlock = new ProofObservation(present, [evidence]);

    internal void StartTrustpoints(EvidenceLine command)
    {
        TrustpointCommand = command;
        _trustpointLines ??= [];
    }

    internal void AddTrustpointLine(EvidenceLine line)
    {
        // Bounded like the log lines: a pasted trustpool is not a thousand times more proof.
        if (_trustpointLines is { Count: < MaximumLogLines })
        {
            _trustpointLines.Add(line);
        }
    }

    internal void AddOccurrence(EvidenceLine evidence)
    {
        if (_occurrences.Count < MaximumLogLines)
        {
            _occurrences.Add(evidence);
        }
    }

    /// <summary>What the device says it is, in words: show inventory's DESCR of its chassis ("Cisco Wireless
    /// Controller"), or the label a text put above its certificate ("eWLC"). The fleet reads the kind from them.</summary>
    public IReadOnlyList<CapturedValue> Descriptions => _descriptions;

    internal void AddDescription(string value, EvidenceLine evidence) => AddDistinct(_descriptions, value.Trim(), evidence);

    /// <summary>Another record of the same capture that is this same device (a controller's output pasted before its
    /// prompt, and the prompt): the fleet makes them one device. Null when there is none.</summary>
    public CapturedDevice? SameDeviceAs { get; private set; }

    internal void SetSameDevice(CapturedDevice other) => SameDeviceAs = other;

    /// <summary>Takes in everything another record of the same device holds (the console output pasted before the
    /// device's first prompt): its values after this one's, its role and release where this one has none.</summary>
    internal void Absorb(CapturedDevice other)
    {
        ArgumentNullException.ThrowIfNull(other);
        SetRole(other.Role);
        foreach (CapturedValue serial in other._serials)
        {
            AddSerial(serial.Value, serial.Evidence);
        }

        foreach (CapturedValue member in other._memberSerials)
        {
            AddMemberSerial(member.Value, member.Evidence);
        }

        foreach ((List<CapturedValue> into, List<CapturedValue> from) in (ReadOnlySpan<(List<CapturedValue>, List<CapturedValue>)>)[(_models, other._models), (_macs, other._macs), (_ipAddresses, other._ipAddresses), (_names, other._names)])
        {
            foreach (CapturedValue value in from)
            {
                AddDistinct(into, value.Value, value.Evidence);
            }
        }

        _certificates.AddRange(other._certificates);
        other._logLines.ForEach(AddLogLine);
        other._reportedLogLines.ForEach(AddReportedLogLine);
        other._occurrences.ForEach(AddOccurrence);
        other._descriptions.ForEach(d => AddDistinct(_descriptions, d.Value, d.Evidence));
        other._logLinesAboutAps.ForEach(AddLogLineAboutAp);
        _notes.AddRange(other._notes);
        _unreadCommands.AddRange(other._unreadCommands);
        Release ??= other.Release;
        Sha2ParameterBlock ??= other.Sha2ParameterBlock;
        TrustpointCommand ??= other.TrustpointCommand;
        _trustpointLines ??= other._trustpointLines;
        ManagementTrustpoint ??= other.ManagementTrustpoint;
        JoinStatus ??= other.JoinStatus;
        LastJoinFailure ??= other.LastJoinFailure;
    }

    /// <summary>Commands typed at the device's prompt whose output CertInspect does not read ("show interfaces
    /// status"): the device is named by its prompt all the same, and a note says what was not read.</summary>
    public IReadOnlyList<CapturedValue> UnreadCommands => _unreadCommands;

    internal void AddUnreadCommand(string typed, EvidenceLine evidence)
    {
        if (_unreadCommands.Count < MaximumLogLines && !_unreadCommands.Exists(c => string.Equals(c.Value, typed, StringComparison.OrdinalIgnoreCase)))
        {
            _unreadCommands.Add(new CapturedValue(typed, evidence));
        }
    }

    /// <summary>Replaces the release: a later show version or show sysinfo of the same device (after an upgrade in the
    /// same session) is its state now.</summary>
    internal void UpdateRelease(string value, EvidenceLine evidence)
    {
        Release = new CapturedValue(value, evidence);
        _occurrences.Add(evidence);
    }

    private void AddDistinct(List<CapturedValue> values, string value, EvidenceLine evidence)
    {
        if (value.Length > 0 && !values.Exists(v => string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase)))
        {
            values.Add(new CapturedValue(value, evidence));
            AddOccurrence(evidence);
        }
    }
}
