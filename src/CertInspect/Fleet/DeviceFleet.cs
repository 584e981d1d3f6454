using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// The devices and input errors of one run. Devices are read back from the spill file on each enumeration, in the
/// order their first row was read, so a report can pass over them twice without holding them. What each record
/// holds is <see cref="DeviceRecordBuilder"/>'s decision; this class only stores and enumerates.
/// </summary>
public sealed class DeviceFleet : IDisposable
{
    private readonly ObservationSpill _spill;
    private readonly IReadOnlyList<long> _firstOffsets;
    private readonly IReadOnlyDictionary<int, List<long>> _repeatOffsets;
    private readonly IReadOnlyDictionary<int, List<DeviceCertificate>> _attached;
    private readonly IReadOnlyList<List<DeviceCertificate>> _certificateOnly;
    private readonly CaptureJoin _captures;
    private readonly DeviceRecordBuilder _records;
    private readonly IReadOnlySet<string> _inventorySerials;

    internal DeviceFleet(
        ObservationSpill spill,
        IReadOnlyList<long> firstOffsets,
        IReadOnlyDictionary<int, List<long>> repeatOffsets,
        IReadOnlyList<InputError> inputErrors,
        IReadOnlyList<string> extraColumns,
        CiscoFacts facts,
        SerialDecoder decoder,
        IReadOnlyDictionary<int, List<DeviceCertificate>> attached,
        IReadOnlyList<List<DeviceCertificate>> certificateOnly,
        CaptureJoin captures,
        IReadOnlySet<string> inventorySerials)
    {
        _inventorySerials = inventorySerials;
        _spill = spill;
        _firstOffsets = firstOffsets;
        _repeatOffsets = repeatOffsets;
        _attached = attached;
        _certificateOnly = certificateOnly;
        _captures = captures;
        _records = new DeviceRecordBuilder(facts, decoder);
        InputErrors = inputErrors;
        ExtraColumns = extraColumns;
    }

    public int DeviceCount => _firstOffsets.Count + _certificateOnly.Count + _captures.Alone.Count;

    public IReadOnlyList<InputError> InputErrors { get; }

    /// <summary>The names of the uninterpreted input columns, in the order they were first seen.</summary>
    public IReadOnlyList<string> ExtraColumns { get; }

    /// <summary>
    /// Every device: those of the inventories, merged from their rows and joined with their certificates, in the
    /// order the first row was read; then those known from certificates alone, in the order they were read; then
    /// those only captures know.
    /// </summary>
    public IEnumerable<DeviceRecord> Devices() => DevicesToBuild().Select(build => build());

    /// <summary>
    /// The devices of <see cref="Devices"/>, in the same order, each as the work that builds its record: enumerating
    /// reads the rows (the sequential part); building merges them, on any thread. Devices known from certificates or
    /// captures alone are built while enumerating (their keys are told apart in order).
    /// </summary>
    public IEnumerable<Func<DeviceRecord>> DevicesToBuild() =>
        RowGroups().Select((rows, slot) => (Func<DeviceRecord>)(() => _records.WithCapture(_records.FromRows(rows, _attached.GetValueOrDefault(slot) ?? []), _captures.BySlot.GetValueOrDefault(slot))))
            .Concat(Distinct(
                _certificateOnly.Select((certificates, i) => _records.WithCapture(_records.FromCertificates(certificates), _captures.ByCertificateGroup.GetValueOrDefault(i)))
                    .Concat(_captures.Alone.Select(_records.FromCapture)))
                .Select(record => (Func<DeviceRecord>)(() => record)));

    // Inventory devices are keyed by their serials, one device each. A device known only from certificates or captures
    // whose key another device already has (a MAC two groups state, a serial an inventory device holds) keeps its
    // evidence apart and is told apart by "#2", "#3", ...: a report never holds two devices with one key.
    private IEnumerable<DeviceRecord> Distinct(IEnumerable<DeviceRecord> records)
    {
        var keys = new HashSet<DeviceKey>();
        foreach (DeviceRecord record in records)
        {
            DeviceKey key = record.Key;
            for (int n = 2; !keys.Add(key) || (key is { Kind: DeviceKeyKind.Serial, Ordinal: 1 } && _inventorySerials.Contains(key.Value)); n++)
            {
                key = record.Key.Numbered(n);
            }

            yield return key == record.Key ? record : record with { Key = key, Notes = [.. record.Notes, $"another device of this run is keyed {record.Key}: this one is {key}"] };
        }
    }

    public void Dispose() => _spill.Dispose();

    // The rows of each device, device by device: reading the spill file is the sequential part.
    private IEnumerable<IReadOnlyList<SpilledRow>> RowGroups()
    {
        for (int slot = 0; slot < _firstOffsets.Count; slot++)
        {
            var rows = new List<SpilledRow> { _spill.Read(_firstOffsets[slot]) };
            if (_repeatOffsets.TryGetValue(slot, out List<long>? repeats))
            {
                rows.AddRange(repeats.Select(_spill.Read));
            }

            yield return rows;
        }
    }
}
