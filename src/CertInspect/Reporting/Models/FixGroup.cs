using CertInspect.Rules;

namespace CertInspect.Reporting.Models;

/// <summary>
/// One fix: the devices a rule fired on, the worst severity it fired with, and where those devices are (most first;
/// the rest counted in <see cref="OtherPlaces"/>). The fix's words are the rule's remediation, once per report.
/// </summary>
public sealed record FixGroup(string RuleId, Severity Severity, int Devices, IReadOnlyList<PlaceCount> Places, int OtherPlaces);
