using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// Its controller lists the AP as not joined. Whether a certificate is the cause is for the other findings to say: this
/// one makes sure an AP that is down is never reported "ok" just because the capture holds nothing to judge it by.
/// </summary>
public sealed class NotJoinedRule(RuleDefinition definition) : IRule
{
    public const string KindName = "ap-not-joined";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new NotJoinedRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Capture?.JoinStatus is { } status && !string.Equals(status.Value, "Joined", StringComparison.OrdinalIgnoreCase))
        {
            string controller = device.Capture.Controllers.Select(c => c.Name).FirstOrDefault() ?? "Its controller";
            string why = device.Capture.LastJoinFailure is { } failure ? $"; its last failed join: {failure.Value}" : string.Empty;
            yield return Definition.FindingWith(
                [status.Evidence],
                Definition.Severity,
                $"{controller} lists this AP as '{status.Value}' ({status.Evidence.Location}){why}.");
        }
    }
}
