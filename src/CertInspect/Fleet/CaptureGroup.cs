using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Fleet;

/// <summary>
/// The captured devices that are one device: met under one prompt, or under several prompts and controller
/// listings that share a serial, a MAC or a distinctive name. Their certificates come with them, and the CA
/// certificates their output showed them holding.
/// </summary>
internal sealed class CaptureGroup(IReadOnlyList<CapturedDevice> members, IReadOnlyList<DeviceCertificate> certificates, IReadOnlyList<DeviceCertificate> cas)
{
    public IReadOnlyList<CapturedDevice> Members { get; } = members;

    public IReadOnlyList<DeviceCertificate> Certificates { get; } = certificates;

    public IReadOnlyList<DeviceCertificate> Cas { get; } = cas;

    /// <summary>Set once every group exists: the controllers' groups, with the line that ties each.</summary>
    public List<(CaptureGroup Controller, CapturedDevice Via)> Controllers { get; } = [];

    public IEnumerable<CapturedValue> Serials => Members.SelectMany(m => m.Serials);

    /// <summary>The other chassis of a stack or HA pair (<see cref="CapturedDevice.MemberSerials"/>).</summary>
    public IEnumerable<CapturedValue> MemberSerials => Members.SelectMany(m => m.MemberSerials);

    public IEnumerable<CapturedValue> Macs => Members.SelectMany(m => m.Macs);

    public IEnumerable<CapturedValue> Names => Members.SelectMany(m => m.Names);

    public IEnumerable<CapturedValue> Models => Members.SelectMany(m => m.Models);

    public DeviceRole Role =>
        Members.Any(m => m.Role == DeviceRole.Controller) ? DeviceRole.Controller
        : Members.Any(m => m.Role == DeviceRole.AccessPoint) ? DeviceRole.AccessPoint
        : Members.Any(m => m.Role == DeviceRole.Switch) ? DeviceRole.Switch
        : DeviceRole.Unknown;

    public CapturedValue? Release => Members.Select(m => m.Release).FirstOrDefault(r => r is not null);

    public CapturedValue? JoinStatus => Members.Select(m => m.JoinStatus).FirstOrDefault(s => s is not null);

    public CapturedValue? LastJoinFailure => Members.Select(m => m.LastJoinFailure).FirstOrDefault(s => s is not null);

    /// <summary>The name the report gives the device when nothing else names it.</summary>
    public string DisplayName => Names.Select(n => n.Value).FirstOrDefault() ?? (Members[0].Context.Length > 0 ? Members[0].Context : $"(unnamed, in {Members[0].Source})");
}
