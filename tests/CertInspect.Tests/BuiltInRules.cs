using CertInspect.Rules;

namespace CertInspect.Tests;

/// <summary>The built-in rules data, loaded once for all tests (it is immutable).</summary>
internal static class BuiltInRules
{
    public static RuleSet Set { get; } = RuleSetLoader.LoadBuiltIn();
}
