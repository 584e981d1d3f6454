using CertInspect.Fleet;

namespace CertInspect.Rules;

/// <summary>
/// A rule evaluates one device and returns its findings; it never parses and never changes the device.
/// </summary>
/// <remarks>
/// The case contract. A million-row inventory is evaluated once per case (<see cref="CaseEvaluator"/>): each device
/// known only from its row gets the findings of a stand-in whose per-device values are marks, with its serial and
/// factory code filled in. So a rule decides only on what the case holds (<see cref="DeviceCase"/>: model, family and
/// type, the serial's week and date code, the predicted MIC end, which of name, MAC, site and factory are given, how
/// many MACs and notes), on certificates and captures (devices with them are always evaluated in full) and on the
/// <see cref="EvaluationContext"/>. It never decides on the serial's text or factory code, the key, name, MAC, site,
/// rows, notes' text or extra columns. It may print the serial and the factory code (filled in) and the others but the
/// extra columns (a finding that prints one sends its case to full evaluation), and its findings may cite the device's
/// rows; the extra columns are the report's to write. A rule that decides on one of them, or prints an extra column,
/// gives the second device of a case its first device's findings: CasePerturbationTests fails it.
/// </remarks>
public interface IRule
{
    RuleDefinition Definition { get; }

    /// <summary>Whether the rule looks only at a device's certificates: the engine skips it for devices without any,
    /// which in a million-row inventory is nearly every device.</summary>
    bool NeedsCertificates => false;

    IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context);
}
