using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>
/// Why a device without a finding to act on is ok or unjudged, in one line. "ok" means something different for an AP
/// whose MIC was checked, one whose MIC end lies beyond the horizons, one built after the ten-year MIC era and a
/// switch whose certificates hold; "unjudged" says what was missing (<see cref="CheckedEvidence"/>).
/// </summary>
public static class QuietReason
{
    /// <summary>Why the device is ok: what was checked and found fine. Call only for a device something was checked on.</summary>
    public static string Ok(DeviceRecord device, EvaluationContext context, MicLifetimeFacts lifetime)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lifetime);
        if (!DeviceKind.IsWireless(device.DeviceType))
        {
            return $"{OtherKind(device)}: the AP and controller rules do not apply; {CertificatesChecked(device)}";
        }

        int horizon = context.Horizons[^1];
        var identities = device.Certificates.Where(c => c.Role is CertificateRole.Mic or CertificateRole.Sudi).ToList();
        if (identities.Count > 0)
        {
            DeviceCertificate first = identities.MinBy(c => c.Chain.EffectiveEnd)!;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"its {CertificateText.Name(first, device.Certificates)} and its chain hold until {CertificateText.Date(DateOnly.FromDateTime(first.Chain.EffectiveEnd.UtcDateTime))}, beyond the {horizon}-day horizon");
        }

        if (device.PredictedMicExpiry is { } prediction)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"its MIC, predicted from the serial (built {device.Serial!.Manufactured}), ends around {CertificateText.Date(prediction.Date)}, beyond the {horizon}-day horizon; no certificate was given to check it");
        }

        if (device.Serial?.Manufactured is { } week)
        {
            string era = week.WeekStart > lifetime.BuiltTo
                ? $"after the ten-year MIC era (built up to {CertificateText.Date(lifetime.BuiltTo)}), so no end is predicted from the serial"
                : $"before the ten-year MIC era (built from {CertificateText.Date(lifetime.BuiltFrom)})";
            return $"built {week}, {era}; no MIC or SUDI was given to check";
        }

        if (device.Certificates.Count > 0 || device.TrustedCas.Count > 0)
        {
            return $"{CertificatesChecked(device)}; it has no MIC or SUDI and no date-coded serial to judge its MIC on";
        }

        CaptureEvidence capture = device.Capture!;
        string seen = capture.JoinStatus is { } status ? $"its controller lists it as '{status.Value}'"
            : capture.LogLines.Count + capture.ReportedLogLines.Count > 0 ? "its log lines raise no finding"
            : capture.Sha2Proof is { } proof ? $"the CSCur43050 check on the AP: {proof.Explanation}"
            : "its controller's certificates raise no finding";
        return $"{seen}; it has no certificate and no date-coded serial to judge its MIC on";
    }

    /// <summary>Why nothing could be judged on the device: which evidence it lacks.</summary>
    public static string Unjudged(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!DeviceKind.IsWireless(device.DeviceType))
        {
            return $"{OtherKind(device)}: the AP and controller rules do not apply, and no certificate of it was given to check";
        }

        string serial = device.Serial is not { } known ? "no serial"
            : known.NotDateCodedReason is { } reason ? $"serial {known.Text} is not date-coded ({reason})"
            : $"serial {known.Text} carries no manufacture date";
        // A controller has no CSCur43050 proof or join record of its own to give.
        string others = device.IsController ? "no certificate or log line of its own" : "no certificate, CSCur43050 proof, log line or join record";
        return $"nothing to check: {serial}, and {others}";
    }

    private static string OtherKind(DeviceRecord device) =>
        device.Model is { } model ? $"{DeviceTypes.InWords(device.DeviceType!)} ({model}), not an AP or a wireless controller" : $"{DeviceTypes.InWords(device.DeviceType!)}, not an AP or a wireless controller";

    // What was checked of a device's certificates: their dates always, their signatures where the run held the bytes.
    private static string CertificatesChecked(DeviceRecord device)
    {
        if (device.Certificates.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it holds {device.TrustedCas.Count} CA {(device.TrustedCas.Count == 1 ? "certificate" : "certificates")} and none of its own; none has ended or is weakly signed");
        }

        int textual = device.Certificates.Count(c => c.Facts.IsTextual);
        string names = string.Join(", ", device.Certificates.Select(c => CertificateText.Name(c, device.Certificates)));
        string what = textual == device.Certificates.Count
            ? "dates checked; described in text, so no signature was verified"
            : textual == 0 ? "dates, chains and signatures checked" : "dates checked, and the signatures of those given as certificates";
        return string.Create(CultureInfo.InvariantCulture, $"its {(device.Certificates.Count == 1 ? "certificate" : "certificates")} ({names}) raise no finding ({what})");
    }
}
