using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Fleet;

/// <summary>
/// A controller a capture ties an AP to (the AP is in the controller's show ap summary, config general or
/// inventory): its name, its release and its own certificates, so that rules about the controller can speak in the
/// AP's record too. Evidence is the line that ties them.
/// </summary>
public sealed record ControllerLink(string Name, CapturedValue? Release, IReadOnlyList<DeviceCertificate> Certificates, EvidenceLine Evidence);
