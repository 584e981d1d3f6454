using System.Text.Json;

namespace CertInspect.Facts;

/// <summary>
/// One data file as read: its name (built-in, or the --rules path), its document and the lines of its members. The
/// rule entries stay JSON here: the facts floor knows nothing of rule kinds; the rules floor reads them (see
/// Rules/RuleSetLoader), naming a problem's line from <see cref="Lines"/> ("rules[0].severity").
/// </summary>
public sealed record FactsFile(string Name, FactsDocument Document, JsonLineMap Lines)
{
    public IReadOnlyList<JsonElement> RuleEntries => Document.Rules;
}
