using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// An AireOS table of the controller's APs that lists each by name and Ethernet MAC without a model ("show ap
/// uptime": AP Name, Ethernet MAC, AP Up Time, Association Up Time): each row names one of the controller's APs and
/// its MAC. The up times say the AP is joined, nothing about its certificates.
/// </summary>
internal sealed class ApTableSection(CaptureSession session, CapturedDevice controller) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show ap uptime",
        Forms = [new("show ap uptime *", ControllerOnly: true)],
        StartsOutput = IsHeader,
        Create = start => new ApTableSection(start.Session, start.Device),
    };

    private bool _inTable;

    public static bool IsHeader(string trimmed) =>
        TableHeader.IsColumnHeader(trimmed, "AP Name")
        && trimmed.Contains("Ethernet MAC", StringComparison.OrdinalIgnoreCase)
        && !trimmed.Contains("Model", StringComparison.OrdinalIgnoreCase)
        && !trimmed.Contains("Status", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (IsHeader(text))
        {
            _inTable = true;
            controller.SetRole(DeviceRole.Controller);
            return true;
        }

        if (text.Length > 0 && text.All(c => c is '-' or ' '))
        {
            return true;
        }

        if (!_inTable)
        {
            // "Number of APs........ 40", "Global AP User Name.... admin": the controller's settings above the table.
            return KeyValueLine.Parse(text) is not null;
        }

        // The AP name has no spaces; its Ethernet MAC is the first MAC-shaped token after it.
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || MacAddress.Normalize(tokens.Skip(1).FirstOrDefault(MacAddress.IsMacToken)) is not { } mac)
        {
            return false;
        }

        CapturedDevice ap = session.ApOf(controller, tokens[0], line.Evidence);
        ap.AddMac(mac, line.Evidence);
        return true;
    }
}
