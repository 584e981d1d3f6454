using System.Globalization;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>One serial is one unit: a serial on several rows is a data problem the user must see.</summary>
public sealed class DuplicateSerialRule(RuleDefinition definition) : IRule
{
    public const string KindName = "serial-duplicate";

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Occurrences.Count > 1)
        {
            string places = string.Join(", ", device.Occurrences.Select(o => o.Location.ToString()));
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"Serial {device.Serial.Text} is listed {device.Occurrences.Count} times ({places}); the rows are merged into one device."));
        }
    }
}
