using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// Catalyst 9800 "show wireless management trustpoint": the trustpoint whose certificate the controller presents to
/// APs in the DTLS handshake ("Trustpoint Name : WLC9800-CL_WLC_TP"; a 9800-CL's is self-signed, "Certificate Type :
/// SSC"). Only a controller has it; the certificate it names is the controller's own, never an AP's.
/// </summary>
internal sealed class ManagementTrustpointSection(CapturedDevice controller) : OutputSection(Command)
{
    private const string NameKey = "trustpoint name";

    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show wireless management trustpoint",
        Forms = [new("show wireless management trustpoint *", ControllerOnly: true)],
        StartsOutput = trimmed => KeyValueLine.Parse(trimmed) is { Key: NameKey },
        Create = start => new ManagementTrustpointSection(start.Device),
    };

    public override bool Accept(CaptureLine line)
    {
        if (KeyValueLine.Parse(line.Trimmed) is not { } pair)
        {
            return false;
        }

        switch (pair.Key)
        {
            case NameKey when pair.Value.Length > 0:
                controller.SetRole(DeviceRole.Controller);
                controller.SetManagementTrustpoint(pair.Value, line.Evidence);
                controller.AddOccurrence(line.Evidence);
                return true;
            case NameKey:
                // "Trustpoint Name :" with nothing after it, then "Certificate Info : Not Available": no trustpoint is set.
                controller.SetRole(DeviceRole.Controller);
                controller.AddOccurrence(line.Evidence);
                controller.AddNote($"{line.Evidence.Location}: no wireless management trustpoint is set (show wireless management trustpoint)");
                return true;
            case "certificate info" or "certificate type" or "certificate hash" or "private key info" or "fips suitability":
                return true;
            default:
                return false;
        }
    }
}
