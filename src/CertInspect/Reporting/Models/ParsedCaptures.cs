using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Reporting.Models;

/// <summary>What parse shows: the captures as read, and the role of every certificate they describe, decided before writing.</summary>
public sealed record ParsedCaptures(DateOnly AsOf, IReadOnlyList<CaptureReport> Reports, IReadOnlyDictionary<LocatedCertificate, CertificateRole> Roles)
{
    public CertificateRole RoleOf(LocatedCertificate certificate) => Roles[certificate];
}
