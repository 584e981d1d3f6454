using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>
/// What a device is, from the evidence, in this order:
/// <list type="number">
/// <item>a capture showing it run a wireless controller (a controller's prompt, commands or software banner, a log of
/// the controller process "wcm:"): switches and APs host controllers (converged access, the embedded controller);</item>
/// <item>what the device says it is in words (show inventory's DESCR "Cisco Wireless Controller", on a Catalyst
/// 3750G whose PID is a switch's) or what a text labels its certificate ("eWLC:");</item>
/// <item>its model: the family of its PID, else a PID or certificate platform the data names a kind for
/// ("AIR-LAP1131AG-E-K9", "C1130"), else a model written as words ("Cisco Aironet AP (refurb)");</item>
/// <item>what the capture hints (an AP's commands).</item>
/// </list>
/// A MAC in a certificate's subject whose prefix the data names (VMware's: a virtual machine) rules out an AP and
/// names the kind when nothing but an AP was named; a PID of another platform (a router VM) stays what it is.
/// Where two of these disagree, the first decides and a note says what the other said. The words, PIDs, platforms
/// and prefixes are data (rules data: deviceKindEvidence), never code.
/// </summary>
public sealed class DeviceKind
{
    // An inventory repeats a few models over a million rows: remember what each names, up to a bound (as ModelCatalog).
    private const int CacheLimit = 4096;

    private readonly ModelCatalog _models;
    private readonly IReadOnlyList<(DeviceKindEvidence Entry, DataPattern Pattern)> _evidence;
    private readonly ConcurrentDictionary<string, (string Type, string Why)?> _byModel = new(StringComparer.Ordinal);

    public DeviceKind(ModelCatalog models, IReadOnlyList<DeviceKindEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(evidence);
        _models = models;
        _evidence = evidence.Select(e => (e, new DataPattern(e.Pattern, RegexOptions.IgnoreCase))).ToList();
    }

    /// <summary>The device type the evidence names (ap, controller, switch, router, other); null when none does.
    /// Notes say where evidence of lower rank disagreed.</summary>
    public string? Decide(KindEvidence evidence, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(notes);
        var candidates = new List<(string Type, string Why)>();
        if (evidence.CapturedRole == DeviceRole.Controller)
        {
            candidates.Add((DeviceTypes.Controller, "the capture shows it running a wireless controller"));
        }

        foreach (CapturedValue said in evidence.Descriptions)
        {
            if ((Match(said.Value, DeviceKindEvidence.Description) ?? Match(said.Value, DeviceKindEvidence.Label)) is { } entry)
            {
                candidates.Add((entry.DeviceType, $"{said.Evidence.Location} calls it '{said.Value}' ({entry.Meaning})"));
            }
        }

        if (ByModel(evidence.Model) is { } model)
        {
            candidates.Add(model);
        }

        if (evidence.CapturedRole == DeviceRole.AccessPoint)
        {
            candidates.Add((DeviceTypes.AccessPoint, "the capture's commands are an AP's"));
        }

        if (evidence.CapturedRole == DeviceRole.Switch)
        {
            candidates.Add((DeviceTypes.Switch, "the capture names it a switch (a neighbour the controller's CDP table lists)"));
        }

        string? kind = candidates.Count > 0 ? candidates[0].Type : null;
        foreach ((string type, string why) in candidates.Skip(1).Where(c => c.Type != kind).DistinctBy(c => c.Type))
        {
            notes.Add($"{why}, which makes it {Article(type)}; judged as {Article(kind!)} ({candidates[0].Why})");
        }

        foreach (string mac in evidence.CertificateMacs)
        {
            if (Match(mac, DeviceKindEvidence.MacPrefix) is not { } prefix || kind == prefix.DeviceType)
            {
                continue;
            }

            if (kind is null or DeviceTypes.AccessPoint or DeviceTypes.Unknown)
            {
                notes.Add(kind is null
                    ? $"its certificate's MAC {mac} is {prefix.Meaning}: judged as {Article(prefix.DeviceType)}"
                    : $"its certificate's MAC {mac} is {prefix.Meaning}: judged as {Article(prefix.DeviceType)}, not as an AP ({candidates[0].Why})");
                kind = prefix.DeviceType;
            }

            break;
        }

        return kind;
    }

    /// <summary>The MAC a device certificate's subject carries: the CN's after the platform (C1130-001122aabbcc), or
    /// a CN that is a MAC alone (a virtual controller's "0050569C622D").</summary>
    public static string? SubjectMac(DeviceCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Identity.Mac
            ?? (certificate.Facts.Subject.CommonName is { Length: 12 } cn && cn.All(char.IsAsciiHexDigit) ? MacAddress.Normalize(cn) : null);
    }

    /// <summary>Whether the wireless rules apply (an AP, a controller, or a device nothing shows to be otherwise).</summary>
    public static bool IsWireless(string? deviceType) => deviceType is null or DeviceTypes.AccessPoint or DeviceTypes.Controller or DeviceTypes.Unknown;

    // The family of a PID, else a PID or platform the data names, else words naming a kind ("Cisco Aironet AP").
    private (string Type, string Why)? ByModel(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        if (_byModel.TryGetValue(model, out (string Type, string Why)? known))
        {
            return known;
        }

        (string Type, string Why)? found = _models.Identify(model) is { } family
            ? (family.DeviceType, $"its model {model} is a {family.Name}")
            : (Match(model.Trim(), DeviceKindEvidence.Model) ?? Match(model, DeviceKindEvidence.Description)) is { } entry
                ? (entry.DeviceType, $"its model {model} is {entry.Meaning}")
                : null;
        if (_byModel.Count < CacheLimit)
        {
            _byModel.TryAdd(model, found);
        }

        return found;
    }

    private DeviceKindEvidence? Match(string text, string where) =>
        _evidence.FirstOrDefault(e => string.Equals(e.Entry.Evidence, where, StringComparison.Ordinal) && e.Pattern.IsMatch(text)).Entry;

    private static string Article(string type) => DeviceTypes.InWords(type);
}
