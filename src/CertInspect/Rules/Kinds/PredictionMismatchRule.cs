using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The MIC's real end differs from the end predicted from the device's serial by more than the tolerance: the
/// certificate or the serial belongs to another unit (a swapped or RMA'd AP, a wrong inventory row).
/// </summary>
public sealed class PredictionMismatchRule(RuleDefinition definition, PredictionMismatchRule.Parameters parameters) : IRule
{
    public const string KindName = "prediction-mismatch";

    /// <summary>The kind: how far, in days, the real MIC end may be from the predicted one.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => p.ToleranceDays is >= 0 ? [] : ["needs a non-negative 'toleranceDays'"],
        (definition, p, _) => new PredictionMismatchRule(definition, p));

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.PredictedMicExpiry is not { } prediction || device.Serial is not { } serial)
        {
            yield break;
        }

        int tolerance = parameters.ToleranceDays ?? 0;
        foreach (DeviceCertificate mic in device.Certificates.Where(c => c.Role == CertificateRole.Mic))
        {
            int days = DateOnly.FromDateTime(mic.Facts.NotAfter.UtcDateTime).DayNumber - prediction.Date.DayNumber;
            if (Math.Abs(days) > tolerance)
            {
                yield return Definition.FindingFor(
                    mic,
                    Definition.Severity,
                    string.Create(CultureInfo.InvariantCulture, $"The {CertificateText.Name(mic, device.Certificates)} ends {CertificateText.Time(mic.Facts.NotAfter)}, {Math.Abs(days)} days {(days < 0 ? "before" : "after")} the end predicted from serial {serial.Text} ({CertificateText.Date(prediction.Date)})."));
            }
        }
    }

    /// <summary>toleranceDays: how far the certificate's end may be from the prediction before it is a finding.</summary>
    public sealed record Parameters(int? ToleranceDays);
}
