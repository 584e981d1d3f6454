using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Fleet;

/// <summary>What the run holds that says what kind of device one device is (see <see cref="DeviceKind"/>).</summary>
public sealed record KindEvidence
{
    /// <summary>The model or PID as the inputs wrote it (an inventory's, a capture's, a certificate's PID or platform).</summary>
    public string? Model { get; init; }

    /// <summary>What its captures showed it to be: a controller's prompt, commands, banner or log; an AP's commands.</summary>
    public DeviceRole CapturedRole { get; init; }

    /// <summary>What it says it is in words, and the labels a text put above its certificates.</summary>
    public IReadOnlyList<CapturedValue> Descriptions { get; init; } = [];

    /// <summary>The MACs its certificates' subjects carry, normalised.</summary>
    public IReadOnlyList<string> CertificateMacs { get; init; } = [];

    /// <summary>The evidence of a device captures know, with the certificates the run holds for it.</summary>
    internal static KindEvidence Of(string? model, CaptureGroup group, IEnumerable<DeviceCertificate> certificates) => new()
    {
        Model = model,
        CapturedRole = group.Role,
        Descriptions = group.Members.SelectMany(m => m.Descriptions).ToList(),
        CertificateMacs = SubjectMacs(certificates),
    };

    /// <summary>The distinct MACs the certificates' subjects carry (<see cref="DeviceKind.SubjectMac"/>).</summary>
    public static IReadOnlyList<string> SubjectMacs(IEnumerable<DeviceCertificate> certificates) =>
        certificates.Select(DeviceKind.SubjectMac).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
