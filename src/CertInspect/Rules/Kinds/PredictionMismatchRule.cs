using System.Globalization;
using CertInspect.Certificates;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The MIC's real end differs from the end predicted from the device's serial by more than the tolerance: the
/// certificate or the serial belongs to another unit (a swapped or RMA'd AP, a wrong inventory row).
/// </summary>
public sealed class PredictionMismatchRule(RuleDefinition definition) : IRule
{
    public const string KindName = "prediction-mismatch";

    public RuleDefinition Definition { get; } = definition;

    public bool NeedsCertificates => true;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.PredictedMicExpiry is not { } prediction || device.Serial is not { } serial)
        {
            yield break;
        }

        int tolerance = Definition.ToleranceDays ?? 0;
        foreach (DeviceCertificate mic in device.Certificates.Where(c => c.Role == CertificateRole.Mic))
        {
            int days = DateOnly.FromDateTime(mic.Facts.NotAfter.UtcDateTime).DayNumber - prediction.Date.DayNumber;
            if (Math.Abs(days) > tolerance)
            {
                yield return Definition.FindingFor(
                    mic,
                    Definition.Severity,
                    string.Create(CultureInfo.InvariantCulture, $"The {CertificateText.Name(mic)} ends {CertificateText.Time(mic.Facts.NotAfter)}, {Math.Abs(days)} days {(days < 0 ? "before" : "after")} the end predicted from serial {serial.Text} ({CertificateText.Date(prediction.Date)})."));
            }
        }
    }
}
