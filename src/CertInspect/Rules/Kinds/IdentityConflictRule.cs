using CertInspect.Serials;
using CertInspect.Evidence;
using CertInspect.Certificates;
using CertInspect.Facts;
using CertInspect.Fleet;

namespace CertInspect.Rules.Kinds;

/// <summary>
/// The evidence merged into one device disagrees about who it is; the merge keeps the first value, and this rule says
/// so rather than choosing silently. Field name: the rows give two names for one serial. Field mac: one serial comes
/// with two MACs (rows or certificates). Field certificate-serial: a certificate joined by MAC names another serial.
/// Field model: the inventory's model and a PID the certificate states (a SUDI's PID, or a CN whose platform is a PID)
/// belong to different families; AP platform codes such as AP1G4 are not PIDs and are not compared. Field
/// capture-serial: a serial a capture states is not the one of the row it joined by MAC or name, unless that row names
/// another chassis of the same stack or HA pair.
/// </summary>
public sealed class IdentityConflictRule(RuleDefinition definition, IdentityConflictRule.Parameters parameters, CiscoFacts facts) : IRule
{
    private readonly ModelCatalog _models = new(facts.ModelFamilies);

    public const string KindName = "identity-conflict";
    public const string NameField = "name";
    public const string MacField = "mac";
    public const string CertificateSerialField = "certificate-serial";
    public const string ModelField = "model";
    public const string CaptureSerialField = "capture-serial";

    /// <summary>The kind: which part of the identity the rule compares.</summary>
    public static RuleKind Kind { get; } = RuleKind.With<Parameters>(
        KindName,
        (p, _) => p.Field is NameField or MacField or CertificateSerialField or ModelField or CaptureSerialField
            ? []
            : [$"needs 'field': {NameField}, {MacField}, {CertificateSerialField}, {ModelField} or {CaptureSerialField}"],
        (definition, p, facts) => new IdentityConflictRule(definition, p, facts));

    public RuleDefinition Definition { get; } = definition;

    public IEnumerable<Finding> Evaluate(DeviceRecord device, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(device);
        string subject = device.Serial is { } serial ? $"Serial {serial.Text}" : $"Device {device.Key}";
        switch (parameters.Field)
        {
            case CaptureSerialField when device.Serial is { } own && !device.CapturedMemberSerials.Any(m => string.Equals(SerialNormalizer.Normalize(m.Value).Text, own.Text, StringComparison.Ordinal)):
                foreach (CapturedValue stated in device.CapturedSerials.Where(s => !string.Equals(SerialNormalizer.Normalize(s.Value).Text, own.Text, StringComparison.Ordinal)))
                {
                    EvidenceLine row = device.Rows.Count > 0 ? device.Rows[0] : device.Occurrences[0];
                    yield return Definition.FindingWith(
                        [row, stated.Evidence],
                        Definition.Severity,
                        $"The capture says serial {stated.Value.Trim().ToUpperInvariant()} ({stated.Evidence.Location}), but this record is {own.Text} ({row.Location}), joined by its MAC or name.");
                }

                break;
            case NameField when device.Names.Count > 1:
                yield return Definition.FindingFor(device, Definition.Severity, $"{subject} is named {Quoted(device.Names)}.");
                break;
            case MacField when device.Macs.Count > 1:
                yield return Definition.FindingFor(device, Definition.Severity, $"{subject} comes with the MACs {string.Join(" and ", device.Macs)}.");
                break;
            case CertificateSerialField when device.Serial is { } own:
                foreach (var certificate in device.Certificates.Where(c => c.Identity.Serial is { } sn && !string.Equals(sn, own.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return Definition.FindingFor(
                        certificate,
                        Definition.Severity,
                        $"The {CertificateText.Name(certificate, device.Certificates)} names serial {certificate.Identity.Serial}, but joined the inventory row of {own.Text} by its MAC {certificate.Identity.Mac}.");
                }

                break;
            case ModelField when _models.Identify(device.Model) is { } family:
                foreach (var certificate in device.Certificates)
                {
                    string? stated = certificate.Identity.Pid ?? certificate.Identity.Platform;
                    if (_models.Identify(stated) is { } certified && !string.Equals(certified.Id, family.Id, StringComparison.Ordinal))
                    {
                        yield return Definition.FindingFor(
                            certificate,
                            Definition.Severity,
                            $"The inventory says {device.Model} ({family.Name}); the {CertificateText.Name(certificate, device.Certificates)} says {stated} ({certified.Name}).");
                    }
                }

                break;
        }
    }

    private static string Quoted(IReadOnlyList<string> values) => string.Join(" and ", values.Select(v => $"'{v}'"));

    /// <summary>field: name, mac, certificate-serial or model.</summary>
    public sealed record Parameters(string? Field);
}
