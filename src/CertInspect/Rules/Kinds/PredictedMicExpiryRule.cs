using System.Globalization;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// Grades the MIC end predicted from the serial (FN-63942): past, or possibly past within the uncertainty → the
/// rule's severity (critical); ahead → by horizon; beyond every horizon → no finding (the date is still reported).
/// A device whose MIC or SUDI is in the run is judged on that certificate instead (mic.expired, mic.expiring). What an
/// expired MIC means depends on whose it is (an AP cannot join; no AP can join a controller): the rule's detail says.
/// </summary>
public sealed class PredictedMicExpiryRule(RuleDefinition definition) : IRule
{
    public const string KindName = "mic-predicted-expiry";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new PredictedMicExpiryRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(context);
        if (device.PredictedMicExpiry is not { } prediction || device.Serial?.Manufactured is not { } week || device.HasIdentityCertificate)
        {
            yield break;
        }

        string serial = device.Serial!.Text;
        string date = string.Create(CultureInfo.InvariantCulture, $"{prediction.Date:yyyy-MM-dd} (±{prediction.UncertaintyDays} days)");
        int daysLeft = prediction.DaysLeft(context.AsOf);
        if (context.AsOf >= prediction.Latest)
        {
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                $"The MIC of {serial}, built {week}, expired around {date}, predicted from the serial.");
        }
        else if (context.AsOf >= prediction.Earliest)
        {
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                $"The MIC of {serial}, built {week}, ends around {date}, predicted from the serial: it may already have expired.");
        }
        else if (context.SeverityWithin(daysLeft) is { } severity)
        {
            yield return Definition.FindingFor(
                device,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"The MIC of {serial}, built {week}, is predicted to expire around {date}, in {daysLeft} days."));
        }
    }
}
