using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// Everything one run knows about one device, merged from every row that names it. Rules read it; they do not
/// change it. A new property is classified for case evaluation (part of the device's case, marked in its stand-in, or
/// keeping it out of cases: Rules/DeviceCase, and the list in CaseContractTests, which fails until it is).
/// </summary>
public sealed record DeviceRecord
{
    /// <summary>The identity the report keys the device by: its serial's, else its MAC's, … (<see cref="DeviceKey"/>).</summary>
    public required DeviceKey Key { get; init; }

    /// <summary>Null only for a device known from certificates that carry no serial.</summary>
    public SerialNumber? Serial { get; init; }

    public string? Name { get; init; }

    /// <summary>The model or PID as the input wrote it.</summary>
    public string? Model { get; init; }

    /// <summary>The family the model belongs to; null when the model is absent or not recognised.</summary>
    public ModelFamily? Family { get; init; }

    /// <summary>Every distinct name the device's rows give, in input order; more than one is an identity conflict.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Every distinct MAC the device's rows and certificates give, normalised, in input order.</summary>
    public IReadOnlyList<string> Macs { get; init; } = [];

    /// <summary>The MAC address, normalised when it could be (aa:bb:cc:dd:ee:ff), else as written.</summary>
    public string? Mac { get; init; }

    public string? Site { get; init; }

    /// <summary>ap or controller: what a capture showed the device to be, else its model family's type; null when unknown.</summary>
    public string? DeviceType { get; init; }

    public bool IsController => string.Equals(DeviceType, DeviceTypes.Controller, StringComparison.Ordinal);

    /// <summary>The serials captures state for the device (show inventory, show version, show ap config general):
    /// one that is not the device's serial is an identity conflict.</summary>
    public IReadOnlyList<CapturedValue> CapturedSerials { get; init; } = [];

    /// <summary>The chassis serials of the other members of a stack or HA pair the captures show: a row naming one of
    /// them is the same device, so its serial differing from the first chassis's is no conflict.</summary>
    public IReadOnlyList<CapturedValue> CapturedMemberSerials { get; init; } = [];

    /// <summary>What captures said about the device; null when no capture named it.</summary>
    public CaptureEvidence? Capture { get; init; }

    public MicExpiryPrediction? PredictedMicExpiry { get; init; }

    /// <summary>Input columns CertInspect does not interpret, carried through to the report.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>The device's own certificates (MIC, SUDI, SSC, LSC), in input order, with their chains.</summary>
    public IReadOnlyList<DeviceCertificate> Certificates { get; init; } = [];

    /// <summary>The CA certificates a capture shows the device holding (its trustpoints' and trustpool's), with their
    /// chains: judged as the device's (ended, weakly signed), never as its identity.</summary>
    public IReadOnlyList<DeviceCertificate> TrustedCas { get; init; } = [];

    /// <summary>Whether the run holds the device's own MIC or SUDI: its real dates then replace predictions.</summary>
    public bool HasIdentityCertificate => Certificates.Any(c => c.Role is CertificateRole.Mic or CertificateRole.Sudi);

    /// <summary>The serial-list and inventory rows that named the device, in input order: more than one is a duplicate.</summary>
    public IReadOnlyList<EvidenceLine> Rows { get; init; } = [];

    /// <summary>Every input row, certificate and capture line that named the device, in input order.</summary>
    public required IReadOnlyList<EvidenceLine> Occurrences { get; init; }

    /// <summary>What CertInspect assumed while reading: normalised serials, MACs it could not parse, ...</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
