using System.Text.Json.Serialization;

namespace CertInspect.Rules;

/// <summary>How bad a finding is. The numeric order is the comparison order: Critical is the worst.</summary>
[JsonConverter(typeof(SeverityJsonConverter))]
public enum Severity
{
    Info = 1,
    Low = 2,
    Medium = 3,
    High = 4,
    Critical = 5,
}
