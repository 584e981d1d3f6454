using System.Text.Json;

namespace CertInspect.Facts;

/// <summary>
/// One data file as read: its name (built-in, or the --rules path) and its document. The rule entries stay JSON here:
/// the facts floor knows nothing of rule kinds; the rules floor reads them (see Rules/RuleSetLoader).
/// </summary>
public sealed record FactsFile(string Name, FactsDocument Document)
{
    public IReadOnlyList<JsonElement> RuleEntries => Document.Rules;
}
