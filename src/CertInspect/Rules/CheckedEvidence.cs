using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>
/// Whether the rules had anything to look at on a device. "ok" is a claim that something was checked and found fine:
/// a serial's manufacture date (the MIC end and the manufacture windows), a certificate (its dates, chain and
/// signatures, on every kind of device, and the CA certificates it holds), the on-AP CSCur43050 proof, a log line, the controller's join record, or the
/// certificate of the controller the AP is tied to. A model alone is not such evidence, nor a release, nor a name or a
/// MAC. A device with none of them is unjudged, whatever its findings of info (stated facts) say.
/// </summary>
public static class CheckedEvidence
{
    public static bool Any(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Certificates.Count > 0 || device.TrustedCas.Count > 0)
        {
            return true;
        }

        // A switch's or a router's serial date feeds no rule: the ten-year MIC is an AP's or a controller's.
        if (!DeviceKind.IsWireless(device.DeviceType))
        {
            return false;
        }

        return device.Serial?.Manufactured is not null
            || device.Capture is { } capture
                && (capture.Sha2Proof is { Outcome: not Sha2ProofOutcome.Incomplete }
                    || capture.LogLines.Count > 0
                    || capture.ReportedLogLines.Count > 0
                    || capture.JoinStatus is not null
                    || capture.LastJoinFailure is not null
                    || capture.Controllers.Any(c => c.Certificates.Count > 0));
    }
}
