using CertInspect.Certificates;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// The devices and input errors of one run. Devices are read back from the spill file on each enumeration, in the
/// order their first row was read, so a report can pass over them twice without holding them.
/// </summary>
public sealed class DeviceFleet : IDisposable
{
    private readonly ObservationSpill _spill;
    private readonly IReadOnlyList<long> _firstOffsets;
    private readonly IReadOnlyDictionary<int, List<long>> _repeatOffsets;
    private readonly SerialDecoder _decoder;
    private readonly ModelCatalog _models;
    private readonly MicExpiryPredictor _predictor;
    private readonly IReadOnlyDictionary<int, List<DeviceCertificate>> _attached;
    private readonly IReadOnlyList<List<DeviceCertificate>> _certificateOnly;

    internal DeviceFleet(
        ObservationSpill spill,
        IReadOnlyList<long> firstOffsets,
        IReadOnlyDictionary<int, List<long>> repeatOffsets,
        IReadOnlyList<InputError> inputErrors,
        IReadOnlyList<string> extraColumns,
        RuleSet rules,
        SerialDecoder decoder,
        IReadOnlyDictionary<int, List<DeviceCertificate>> attached,
        IReadOnlyList<List<DeviceCertificate>> certificateOnly)
    {
        _attached = attached;
        _certificateOnly = certificateOnly;
        _spill = spill;
        _firstOffsets = firstOffsets;
        _repeatOffsets = repeatOffsets;
        _decoder = decoder;
        _models = new ModelCatalog(rules);
        _predictor = new MicExpiryPredictor(rules.MicLifetime);
        InputErrors = inputErrors;
        ExtraColumns = extraColumns;
    }

    public int DeviceCount => _firstOffsets.Count + _certificateOnly.Count;

    public IReadOnlyList<InputError> InputErrors { get; }

    /// <summary>The names of the uninterpreted input columns, in the order they were first seen.</summary>
    public IReadOnlyList<string> ExtraColumns { get; }

    /// <summary>
    /// Every device: those of the inventories, merged from their rows and joined with their certificates, in the
    /// order the first row was read; then those known from certificates alone, in the order they were read.
    /// </summary>
    public IEnumerable<DeviceRecord> Devices() =>
        ObservationGroups().Select((group, slot) => Merge(group, _attached.GetValueOrDefault(slot) ?? []))
            .Concat(_certificateOnly.Select(FromCertificates));

    public void Dispose() => _spill.Dispose();

    // The rows of each device, device by device: reading the spill file is the sequential part.
    private IEnumerable<IReadOnlyList<InventoryObservation>> ObservationGroups()
    {
        for (int slot = 0; slot < _firstOffsets.Count; slot++)
        {
            var observations = new List<InventoryObservation> { _spill.Read(_firstOffsets[slot]) };
            if (_repeatOffsets.TryGetValue(slot, out List<long>? repeats))
            {
                observations.AddRange(repeats.Select(_spill.Read));
            }

            yield return observations;
        }
    }

    // The first row that gives a value wins; later rows of the same serial only add occurrences and notes.
    private DeviceRecord Merge(IReadOnlyList<InventoryObservation> observations, IReadOnlyList<DeviceCertificate> certificates)
    {
        InventoryObservation first = observations[0];
        string? model = observations.Select(o => o.Model).FirstOrDefault(v => v is not null);
        SerialDecoding decoding = _decoder.Decode(first.Serial, model);
        SerialNumber serial = decoding.Serial
            ?? throw new InvalidOperationException($"{first.Location}: a serial accepted while reading no longer decodes.");

        var notes = new List<string>();
        foreach (InventoryObservation observation in observations)
        {
            IReadOnlyList<string> changes = SerialNormalizer.Normalize(observation.Serial).Changes;
            if (changes.Count > 0)
            {
                notes.Add($"{observation.Location}: serial '{observation.Serial}' read as {serial.Text} ({string.Join(", ", changes)})");
            }
        }

        string? rawMac = observations.Select(o => o.Mac).FirstOrDefault(v => v is not null);
        string? mac = MacAddress.Normalize(rawMac);
        if (rawMac is not null && mac is null)
        {
            notes.Add($"MAC '{rawMac}' is not 12 hex digits; kept as written");
        }

        var extra = new List<KeyValuePair<string, string>>();
        var extraSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in observations.SelectMany(o => o.Extra))
        {
            if (extraSeen.Add(pair.Key))
            {
                extra.Add(pair);
            }
        }

        return new DeviceRecord
        {
            Names = observations.Select(o => o.Name).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Macs = observations.Select(o => MacAddress.Normalize(o.Mac)).Concat(ConflictMacs(certificates)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Key = "serial:" + serial.Text,
            Serial = serial,
            Name = observations.Select(o => o.Name).FirstOrDefault(v => v is not null),
            Model = model,
            Family = _models.Identify(model),
            Mac = mac ?? rawMac,
            Site = observations.Select(o => o.Site).FirstOrDefault(v => v is not null),
            PredictedMicExpiry = _predictor.Predict(serial),
            Extra = extra,
            Certificates = certificates,
            Occurrences = observations.Select(o => new Evidence(o.Location, o.Text)).Concat(certificates.Select(CertificateEvidenceText)).ToList(),
            Notes = notes,
        };
    }

    // A device nobody listed: its identity is what its certificates say.
    private DeviceRecord FromCertificates(List<DeviceCertificate> certificates)
    {
        string? serialText = certificates.Select(c => c.Identity.Serial).FirstOrDefault(s => s is not null);
        string? mac = certificates.Select(c => c.Identity.Mac).FirstOrDefault(m => m is not null);
        string? model = certificates.Select(c => c.Identity.Pid ?? c.Identity.Platform).FirstOrDefault(m => m is not null);
        var notes = new List<string>();
        SerialNumber? serial = null;
        if (serialText is not null)
        {
            SerialDecoding decoding = _decoder.Decode(serialText, model);
            serial = decoding.Serial;
            if (serial is null)
            {
                notes.Add($"the certificate's serial '{serialText}' does not decode: {decoding.Error}");
            }
        }

        string key = serial is not null ? "serial:" + serial.Text
            : mac is not null ? "mac:" + mac
            : "cert:" + certificates[0].Facts.Sha256Fingerprint[..23];
        return new DeviceRecord
        {
            Macs = certificates.Select(c => c.Identity.Mac).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Key = key,
            Serial = serial,
            Model = model,
            Family = _models.Identify(model),
            Mac = mac,
            PredictedMicExpiry = serial is null ? null : _predictor.Predict(serial),
            Certificates = certificates,
            Occurrences = certificates.Select(CertificateEvidenceText).ToList(),
            Notes = notes,
        };
    }

    // A MIC's CN carries the AP's Ethernet MAC (DOMAIN.md §6); whether a SUDI's does, or a base MAC, is not confirmed,
    // so SUDI MACs join devices but never make an identity conflict.
    private static IEnumerable<string?> ConflictMacs(IReadOnlyList<DeviceCertificate> certificates) =>
        certificates.Where(c => c.Role != CertificateRole.Sudi).Select(c => c.Identity.Mac);

    private static Evidence CertificateEvidenceText(DeviceCertificate certificate) =>
        new(certificate.Located.Location, $"{certificate.RoleName} {certificate.Facts.Subject.Rfc4514} (serial {certificate.Facts.SerialHex})");
}
