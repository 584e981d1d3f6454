using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Collects the observations of one run and decides identity: each valid serial is one device, and rows that repeat
/// a serial join the device it already is. Rows without a usable serial become input errors.
/// </summary>
public sealed class FleetBuilder : IEvidenceSink, IDisposable
{
    private readonly SerialDecoder _decoder;
    private readonly RowDecodingQueue _rows;
    private readonly ObservationSpill _spill = new();
    private readonly SerialIndex _index = new();
    private readonly List<long> _firstOffsets = [];
    private readonly Dictionary<int, List<long>> _repeatOffsets = [];
    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, int> _errorsBySource = new(StringComparer.Ordinal);
    private readonly List<string> _extraColumns = [];
    private readonly HashSet<string> _extraColumnSet = new(StringComparer.Ordinal);
    private readonly List<LocatedCertificate> _certificates = [];
    private readonly List<LocatedCertificate> _trusted = [];
    private readonly List<CapturedDevice> _captured = [];
    private bool _built;

    public FleetBuilder(CiscoFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts;
        _decoder = new SerialDecoder(facts.SerialFormat, facts.NotDateCoded);
        _rows = new RowDecodingQueue(_decoder, Accept, Record);
    }

    public CiscoFacts Facts { get; }

    /// <summary>Whether Cisco's built-in CA certificates anchor and verify chains (off with --no-builtin-trust).</summary>
    public bool BuiltInTrust { get; init; } = true;

    /// <summary>The certificates that anchor chains in this run (--trust first, then the built-in ones); known after <see cref="Build"/>.</summary>
    public IReadOnlyList<TrustAnchor> TrustAnchors { get; private set; } = [];

    /// <summary>The input errors of a source so far (every row reported before is decoded first).</summary>
    public int ErrorCount(string source)
    {
        _rows.Drain();
        return _errorsBySource.GetValueOrDefault(source);
    }

    /// <summary>A row: its serial is decoded on another thread, and the row joins its device in input order.</summary>
    public void Add(InventoryObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ThrowIfBuilt();
        _rows.Add(observation);
    }

    private void Accept(InventoryObservation observation, SerialDecoding decoding)
    {
        if (decoding.Serial is not { } serial)
        {
            Record(new InputError(observation.Location, decoding.Error ?? "not a serial", observation.Text));
            return;
        }

        foreach ((string column, _) in observation.Extra)
        {
            if (_extraColumnSet.Add(column))
            {
                _extraColumns.Add(column);
            }
        }

        long offset = _spill.Append(observation, serial);
        if (_index.TryAdd(serial.Text, _firstOffsets.Count, out int existing))
        {
            _firstOffsets.Add(offset);
        }
        else
        {
            if (!_repeatOffsets.TryGetValue(existing, out List<long>? repeats))
            {
                repeats = [];
                _repeatOffsets.Add(existing, repeats);
            }

            repeats.Add(offset);
        }
    }

    public void AddCertificate(LocatedCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ThrowIfBuilt();
        _certificates.Add(certificate);
    }

    public void AddCapture(CapturedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        ThrowIfBuilt();
        _captured.Add(device);
    }

    /// <summary>A CA certificate given with --trust: used to build chains, never a device.</summary>
    public void AddTrusted(LocatedCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ThrowIfBuilt();
        _trusted.Add(certificate);
    }

    public void Reject(InputError inputError)
    {
        ArgumentNullException.ThrowIfNull(inputError);
        ThrowIfBuilt();
        _rows.Reject(inputError);
    }

    private void Record(InputError inputError)
    {
        _errors.Add(inputError);
        _errorsBySource[inputError.Location.Source] = _errorsBySource.GetValueOrDefault(inputError.Location.Source) + 1;
    }

    /// <summary>Ends collection. The fleet takes over the spill file: dispose the fleet, not the builder, after this.</summary>
    public DeviceFleet Build()
    {
        ThrowIfBuilt();
        _rows.Drain();
        _built = true;
        TrustAnchors = TrustPool.Anchors(_trusted, BuiltInTrust ? Certificates.BuiltInTrust.Load(Facts.CiscoCas) : []);
        var evidence = new CertificateEvidence(_certificates, _trusted, _captured, Facts, BuiltInTrust);
        var captures = new CaptureJoin(Facts.Captures.GenericHostNames);
        if (evidence.IsEmpty && _captured.Count == 0)
        {
            return new DeviceFleet(_spill, _firstOffsets, _repeatOffsets, _errors, _extraColumns, Facts, _decoder, new Dictionary<int, List<DeviceCertificate>>(), [], captures, new HashSet<string>());
        }

        var identities = InventoryIdentities(withNames: _captured.Count > 0).ToList();
        (Dictionary<int, List<DeviceCertificate>> attached, List<List<DeviceCertificate>> unattached) =
            evidence.Join(identities.Select(i => (i.Slot, i.Serial, i.Mac)));
        captures.Join(_captured, evidence.CapturedCertificates, evidence.CapturedCas, identities, unattached);
        return new DeviceFleet(_spill, _firstOffsets, _repeatOffsets, _errors, _extraColumns, Facts, _decoder, attached, unattached, captures, identities.Select(i => i.Serial).ToHashSet(StringComparer.Ordinal));
    }

    // One pass over the spill, only when there are certificates or captures to join: each device's serial and MAC
    // (and names, for captures) as its rows give them.
    private IEnumerable<(int Slot, string Serial, string? Mac, IReadOnlyList<string> Names)> InventoryIdentities(bool withNames)
    {
        for (int slot = 0; slot < _firstOffsets.Count; slot++)
        {
            SpilledRow firstRow = _spill.Read(_firstOffsets[slot]);
            InventoryObservation first = firstRow.Observation;
            List<InventoryObservation> rows = [first];
            if (_repeatOffsets.TryGetValue(slot, out List<long>? repeats) && (withNames || MacAddress.Normalize(first.Mac) is null))
            {
                rows.AddRange(repeats.Select(offset => _spill.Read(offset).Observation));
            }

            string? mac = rows.Select(r => MacAddress.Normalize(r.Mac)).FirstOrDefault(m => m is not null);
            IReadOnlyList<string> names = withNames ? rows.Select(r => r.Name).OfType<string>().ToList() : [];
            yield return (slot, firstRow.Serial.Text, mac, names);
        }
    }

    public void Dispose()
    {
        if (!_built)
        {
            _spill.Dispose();
        }
    }

    private void ThrowIfBuilt() => ObjectDisposedException.ThrowIf(_built, this);
}
