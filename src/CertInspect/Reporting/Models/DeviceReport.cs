using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;

namespace CertInspect.Reporting.Models;

/// <summary>One device with its findings, as evaluated at the report's date.</summary>
public sealed record DeviceReport(DeviceRecord Device, IReadOnlyList<Finding> Findings, DateOnly AsOf)
{
    /// <summary>Whether anything could be checked on the device (<see cref="CheckedEvidence"/>): a device nothing was
    /// checked on is unjudged, never ok.</summary>
    public bool Judged { get; init; } = true;

    /// <summary>When the risk is ok or unjudged: why, in one line; otherwise null.</summary>
    public string? Reason { get; init; }

    /// <summary>The worst finding's severity as a risk; ok or unjudged when none is worse than a stated fact.</summary>
    public Risk Risk => RiskNames.Of(Findings, Judged);

    /// <summary>Whether the finding at <paramref name="index"/> is the first of its rule: a rule may fire more than
    /// once on a device (one finding per certificate), and lists and counts name it once.</summary>
    public bool IsFirstOfItsRule(int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (string.Equals(Findings[i].RuleId, Findings[index].RuleId, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Days from the report's date to <see cref="MicEnds"/> (the MIC or SUDI the run holds, else the end
    /// predicted from the serial): every format's "MIC days left" (CSV's mic_days_left, the workbook's column).</summary>
    public int? MicDaysLeft => MicEnds is { } end ? end.DayNumber - AsOf.DayNumber : null;

    /// <summary>Days from the report's date to the MIC end predicted from the serial, whatever certificate the run
    /// holds: the days beside a predicted date (the table's MIC ENDS (PRED.), the JSON's predictedMicExpiry).</summary>
    public int? PredictedMicDaysLeft => Device.PredictedMicExpiry?.DaysLeft(AsOf);

    /// <summary>When the device's trust ends: the earliest effective end (notAfter along the chain) of its own
    /// certificates, but for its HTTPS server's, which no join depends on, and its LSCs, whose end puts the join at
    /// risk without ending it for certain (lsc.* rules judge them); null when it has none.</summary>
    public DateTimeOffset? TrustEnds
    {
        get
        {
            DateTimeOffset? first = null;
            foreach (DeviceCertificate certificate in Device.Certificates)
            {
                if (certificate.Role is not (CertificateRole.WebServer or CertificateRole.Lsc or CertificateRole.Dot1xLsc)
                    && (first is null || certificate.Chain.EffectiveEnd < first))
                {
                    first = certificate.Chain.EffectiveEnd;
                }
            }

            return first;
        }
    }

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
