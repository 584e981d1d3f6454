using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Builds the one record of a device from what the run holds about it: its inventory rows, its certificates, what
/// captures say. The same builder serves devices an inventory lists, devices known from certificates alone and
/// devices only captures know; it decides nothing about risk.
/// </summary>
internal sealed partial class DeviceRecordBuilder
{
    private readonly SerialDecoder _decoder;
    private readonly ModelCatalog _models;
    private readonly DeviceKind _kinds;
    private readonly MicExpiryPredictor _predictor;
    private readonly IReadOnlyCollection<string> _sha2CaNames;

    public DeviceRecordBuilder(CiscoFacts facts, SerialDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _decoder = decoder;
        _models = new ModelCatalog(facts.ModelFamilies);
        _kinds = new DeviceKind(_models, facts.DeviceKindEvidence);
        _predictor = new MicExpiryPredictor(facts.MicLifetime);
        _sha2CaNames = facts.CiscoCas
            .Where(ca => ca.Role == "manufacturing" && ca.LeafSignatureAlgorithm is { } algorithm && !algorithm.StartsWith("sha1", StringComparison.OrdinalIgnoreCase))
            .Select(ca => ca.CommonName)
            .ToList();
    }

    // The first row that gives a value wins; later rows of the same serial only add occurrences and notes. Loops, not
    // LINQ: a bulk inventory builds a million of these, nearly all from one row.
    public DeviceRecord FromRows(IReadOnlyList<SpilledRow> rows, IReadOnlyList<DeviceCertificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(certificates);
        InventoryObservation first = rows[0].Observation;
        string? model = null, rawMac = null, name = null, site = null;
        foreach (SpilledRow row in rows)
        {
            InventoryObservation observation = row.Observation;
            model ??= observation.Model;
            rawMac ??= observation.Mac;
            name ??= observation.Name;
            site ??= observation.Site;
        }

        ModelFamily? family = _models.Identify(model);

        // A serial list or an inventory is read as a list of APs: a row is an AP by the user's word unless its model
        // names another kind: its family's, else the kind the data names for its PID or its words (a WiSM blade is a
        // controller, "Cisco Aironet AP (refurb)" an AP).
        string? byModel = family?.DeviceType ?? (model is null ? null : _kinds.Decide(new KindEvidence { Model = model }, []));
        string deviceType = byModel ?? DeviceTypes.AccessPoint;

        // The serial was decoded while reading, with its own row's model. Only a model that only a later row gives can
        // change the decoding (a not-date-coded PID), and only then is it decoded again.
        SerialNumber serial = string.Equals(first.Model, model, StringComparison.Ordinal)
            ? rows[0].Serial
            : _decoder.Decode(first.Serial, model).Serial
                ?? throw new InvalidOperationException($"{first.Location}: a serial accepted while reading no longer decodes.");

        var notes = new List<string>();
        var lines = new EvidenceLine[rows.Count];
        var names = new List<string>(1);
        var macs = new List<string>(1);
        List<KeyValuePair<string, string>>? extra = null;
        for (int i = 0; i < rows.Count; i++)
        {
            InventoryObservation observation = rows[i].Observation;
            lines[i] = new EvidenceLine(observation.Location, observation.Text);

            // A serial written as it is read needs no normalising: most rows, and no note.
            IReadOnlyList<string> changes = string.Equals(observation.Serial, serial.Text, StringComparison.Ordinal) ? [] : SerialNormalizer.Normalize(observation.Serial).Changes;
            if (changes.Count > 0)
            {
                notes.Add($"{observation.Location}: serial '{observation.Serial}' read as {serial.Text} ({string.Join(", ", changes)})");
            }

            if (observation.Name is { } rowName && !names.Contains(rowName, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(rowName);
            }

            if (MacAddress.Normalize(observation.Mac) is { } rowMac && !macs.Contains(rowMac, StringComparer.Ordinal))
            {
                macs.Add(rowMac);
            }

            extra = MergeExtra(extra, observation.Extra);
        }

        string? mac = MacAddress.Normalize(rawMac);
        if (rawMac is not null && mac is null)
        {
            notes.Add($"MAC '{rawMac}' is not 12 hex digits; kept as written");
        }

        if (byModel is null && model is not null)
        {
            notes.Add($"model '{model}' is not in the model catalogue: taken as an AP, as the list that names it is read as a list of APs");
        }

        foreach (string? certificateMac in ConflictMacs(certificates))
        {
            if (certificateMac is not null && !macs.Contains(certificateMac, StringComparer.Ordinal))
            {
                macs.Add(certificateMac);
            }
        }

        EvidenceLine[] occurrences = lines;
        if (certificates.Count > 0)
        {
            occurrences = new EvidenceLine[lines.Length + certificates.Count];
            lines.CopyTo(occurrences, 0);
            for (int i = 0; i < certificates.Count; i++)
            {
                occurrences[lines.Length + i] = CertificateEvidenceText(certificates[i]);
            }
        }

        return new DeviceRecord
        {
            Names = names,
            Macs = macs,
            Key = DeviceKey.ForSerial(serial.Text),
            Serial = serial,
            Name = name,
            Model = model,
            Family = family,
            DeviceType = deviceType,
            Mac = mac ?? rawMac,
            Site = site,
            PredictedMicExpiry = Predict(serial, deviceType),
            Extra = extra ?? [],
            Certificates = certificates,
            Rows = lines,
            Occurrences = ReferenceEquals(occurrences, lines) ? [.. lines] : occurrences,
            Notes = notes,
        };
    }

    // Each extra column once, with the value of the first row that gives it.
    private static List<KeyValuePair<string, string>>? MergeExtra(List<KeyValuePair<string, string>>? merged, IReadOnlyList<KeyValuePair<string, string>> row)
    {
        if (row.Count == 0)
        {
            return merged;
        }

        merged ??= new List<KeyValuePair<string, string>>(row.Count);
        foreach (KeyValuePair<string, string> pair in row)
        {
            if (!merged.Exists(known => string.Equals(known.Key, pair.Key, StringComparison.Ordinal)))
            {
                merged.Add(pair);
            }
        }

        return merged;
    }

    // A device nobody listed: its identity is what its certificates say.
    public DeviceRecord FromCertificates(IReadOnlyList<DeviceCertificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        string? serialText = certificates.Select(c => c.Identity.Serial).FirstOrDefault(s => s is not null);
        string? mac = certificates.Select(c => c.Identity.Mac).FirstOrDefault(m => m is not null);
        string? model = CertificateModel(certificates);
        ModelFamily? family = _models.Identify(model);
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

        DeviceKey key = serial is not null ? DeviceKey.ForSerial(serial.Text)
            : mac is not null ? DeviceKey.ForMac(mac)
            : DeviceKey.ForCertificate(certificates[0].Facts.Sha256Fingerprint);
        string? deviceType = _kinds.Decide(new KindEvidence { Model = model, CertificateMacs = KindEvidence.SubjectMacs(certificates) }, notes);
        return new DeviceRecord
        {
            Macs = certificates.Select(c => c.Identity.Mac).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Key = key,
            Serial = serial,
            Model = model,
            Family = family,
            DeviceType = deviceType,
            Mac = mac,
            PredictedMicExpiry = Predict(serial, deviceType),
            Certificates = certificates,
            Occurrences = certificates.Select(CertificateEvidenceText).ToList(),
            Notes = notes,
        };
    }

    // A device only captures know: its identity is the first serial that decodes, else its MAC, else its name.
    public DeviceRecord FromCapture(CaptureGroup group)
    {
        string? model = group.Models.Select(m => m.Value).FirstOrDefault() ?? CertificateModel(group.Certificates);
        ModelFamily? family = _models.Identify(model);
        var notes = new List<string>();
        SerialNumber? serial = null;
        // Stated serials first, then a SUDI's; stated MACs first, then a MIC CN's.
        foreach (CapturedValue value in group.Serials.Concat(group.Certificates.Where(c => c.Identity.Serial is not null).Select(c => new CapturedValue(c.Identity.Serial!, new EvidenceLine(c.Located.Location, CertificateText.Evidence(c))))))
        {
            SerialDecoding decoding = _decoder.Decode(value.Value, model);
            if (decoding.Serial is not null)
            {
                serial ??= decoding.Serial;
            }
            else
            {
                notes.Add($"{value.Evidence.Location}: serial '{value.Value}' does not decode: {decoding.Error}");
            }
        }

        string? mac = group.Macs.Select(m => m.Value).Concat(ConflictMacs(group.Certificates)).FirstOrDefault(m => m is not null);
        string? name = group.Names.Select(n => n.Value).FirstOrDefault();
        DeviceKey key = serial is not null ? DeviceKey.ForSerial(serial.Text)
            : mac is not null ? DeviceKey.ForMac(mac)
            : name is not null ? DeviceKey.ForName(name)
            : DeviceKey.ForCapture(FirstLine(group));
        var record = new DeviceRecord
        {
            Key = key,
            Serial = serial,
            Name = name,
            Model = model,
            Family = family,
            DeviceType = family?.DeviceType,
            Mac = mac,
            PredictedMicExpiry = Predict(serial, family?.DeviceType),
            Occurrences = [],
            Notes = notes,
        };
        return WithCapture(record, group);
    }

    // The ten-year MIC of FN-63942 is an AP's or a controller's: a switch or a router gets no prediction from its serial.
    private MicExpiryPrediction? Predict(SerialNumber? serial, string? deviceType) =>
        serial is null || !DeviceKind.IsWireless(deviceType) ? null : _predictor.Predict(serial);

    // A device a capture knows by nothing but where it appears: the file and line it first appears on, which no other
    // device of the capture shares.
    private static string FirstLine(CaptureGroup group) =>
        group.Members.SelectMany(m => m.Occurrences.Concat(m.LogLines).Concat(m.ReportedLogLines).Select(o => o.Location).Concat(m.Certificates.Select(c => c.Location)))
            .Where(l => l.Line is not null)
            .MinBy(l => (l.Source, l.Line))?.ToString()
        ?? group.Members[0].Source;

    // The model a device's certificates state: a SUDI's PID, else the platform of a MIC's CN.
    private static string? CertificateModel(IEnumerable<DeviceCertificate> certificates) =>
        certificates.Select(c => c.Identity.Pid ?? c.Identity.Platform).FirstOrDefault(m => m is not null);

    // A MIC's CN carries the AP's Ethernet MAC (Cisco's MIC subject format, rules data source cisco-cas); whether a SUDI's does, or a base MAC, is not confirmed,
    // so SUDI MACs join devices but never make an identity conflict.
    private static IEnumerable<string?> ConflictMacs(IReadOnlyList<DeviceCertificate> certificates) =>
        certificates.Where(c => c.Role != CertificateRole.Sudi).Select(c => c.Identity.Mac);

    private static EvidenceLine CertificateEvidenceText(DeviceCertificate certificate) =>
        new(certificate.Located.Location, CertificateText.Evidence(certificate));
}
