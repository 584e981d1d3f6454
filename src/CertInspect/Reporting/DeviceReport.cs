using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>One device with its findings, as evaluated at the report's date.</summary>
public sealed record DeviceReport(DeviceRecord Device, IReadOnlyList<Finding> Findings, DateOnly AsOf)
{
    /// <summary>For a device without findings: why it is ok, in one line; null when it has findings.</summary>
    public string? OkBecause { get; init; }

    /// <summary>The worst finding's severity; null ("ok") when there is none.</summary>
    public Severity? Risk => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);

    /// <summary>Days from the report's date to the MIC end predicted from the serial.</summary>
    public int? MicDaysLeft => Device.PredictedMicExpiry?.DaysLeft(AsOf);

    /// <summary>When the device's trust ends: the earliest effective end (notAfter along the chain) of its own
    /// certificates, but for its HTTPS server's, which no join depends on; null when it has none.</summary>
    public DateTimeOffset? TrustEnds => Device.Certificates.Where(c => c.Role != CertificateRole.WebServer).Select(c => (DateTimeOffset?)c.Chain.EffectiveEnd).Min();

    /// <summary>When the device's MIC or SUDI ends: the earliest of its identity certificates in the run, else the end
    /// predicted from the serial (FN-63942); null when neither is known.</summary>
    public DateOnly? MicEnds
    {
        get
        {
            DateTimeOffset? certificate = null;
            foreach (DeviceCertificate held in Device.Certificates)
            {
                if (held.Role is CertificateRole.Mic or CertificateRole.Sudi && (certificate is null || held.Facts.NotAfter < certificate))
                {
                    certificate = held.Facts.NotAfter;
                }
            }

            return certificate is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : Device.PredictedMicExpiry?.Date;
        }
    }

    /// <summary>The first date the device stops being able to join for a certificate's sake: the earlier of
    /// <see cref="MicEnds"/> and <see cref="TrustEnds"/>; null when neither is known.</summary>
    public DateOnly? FirstEnd
    {
        get
        {
            DateOnly? mic = MicEnds;
            DateOnly? trust = TrustEnds is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : null;
            return mic is null ? trust : trust is null ? mic : mic < trust ? mic : trust;
        }
    }

    public int? TrustDaysLeft => TrustEnds is { } end ? DateOnly.FromDateTime(end.UtcDateTime).DayNumber - AsOf.DayNumber : null;
}
