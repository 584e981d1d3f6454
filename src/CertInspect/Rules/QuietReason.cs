using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>
/// Why a device has no finding, in one line: "ok" means something different for an AP whose MIC was checked, one
/// whose MIC end lies beyond the horizons, one built after the ten-year MIC era, and one nothing could be judged on.
/// </summary>
public static class QuietReason
{
    public static string For(DeviceRecord device, EvaluationContext context, MicLifetimeFacts lifetime)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lifetime);
        if (!DeviceKind.IsWireless(device.DeviceType))
        {
            return $"a {device.DeviceType} ({device.Model}), not an AP or a wireless controller: the AP and controller rules do not apply, and its other findings raise none";
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

        return device.Certificates.Count > 0
            ? "its certificates raise no finding, and it has no MIC or SUDI and no date-coded serial to judge its MIC on"
            : "nothing to judge: no date-coded serial and no certificate";
    }
}
