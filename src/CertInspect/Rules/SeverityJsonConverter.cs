using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertInspect.Rules;

/// <summary>A severity in data files is its camelCase name ("critical"); numbers are refused. Generic, so it needs no
/// code generated at run time (Native AOT).</summary>
public sealed class SeverityJsonConverter : JsonStringEnumConverter<Severity>
{
    public SeverityJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
