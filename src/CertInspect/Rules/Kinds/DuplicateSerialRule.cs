using System.Globalization;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>One serial is one unit: a serial on several rows is a data problem the user must see.</summary>
public sealed class DuplicateSerialRule(RuleDefinition definition) : IRule
{
    public const string KindName = "serial-duplicate";

    /// <summary>The kind: no parameters of its own.</summary>
    public static RuleKind Kind { get; } = RuleKind.WithoutParameters(KindName, (definition, _) => new DuplicateSerialRule(definition));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        // Only inventory rows repeat a serial; certificates and captures of one device are not duplicates.
        int rows = device.Rows.Count;
        if (device.Serial is { } serial && rows > 1)
        {
            string places = string.Join(", ", device.Rows.Select(o => o.Location.ToString()));
            yield return Definition.FindingFor(
                device,
                Definition.Severity,
                string.Create(CultureInfo.InvariantCulture, $"Serial {serial.Text} is listed {rows} times ({places}); the rows are merged into one device."));
        }
    }
}
