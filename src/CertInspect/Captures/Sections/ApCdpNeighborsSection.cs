using System.Net;
using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// A controller's "show ap cdp neighbors" (AireOS and Catalyst 9800; Cisco Wireless Controller command reference):
/// one row per AP — its name, its IP address, and the CDP neighbour it is cabled to (name, IP address, port). The APs
/// are the controller's; a neighbour on a wired port is the switch the AP hangs off, a device of its own; a neighbour
/// over a mesh radio ("Virtual-Dot11Radio0") is another AP of the same table, never a switch.
/// </summary>
internal sealed class ApCdpNeighborsSection(CaptureSession session, CapturedDevice controller) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show ap cdp neighbors",
        Forms = [new("show ap cdp neighbors *", ControllerOnly: true)],
        StartsOutput = IsHeader,
        Create = start => new ApCdpNeighborsSection(start.Session, start.Device),
    };

    private const string MeshRadioPort = "Virtual-Dot11Radio";

    private bool _inTable;

    public static bool IsHeader(string trimmed) =>
        TableHeader.IsColumnHeader(trimmed, "AP Name")
        && trimmed.Contains("AP IP", StringComparison.OrdinalIgnoreCase)
        && trimmed.Contains("Neighbor Name", StringComparison.OrdinalIgnoreCase);

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
            // The 9800's "Number of neighbors: 2" above the table.
            return KeyValueLine.Parse(text) is { Key: "number of neighbors" or "number of neighbours" };
        }

        // AP name, AP IP, neighbour name, [neighbour IP], neighbour port: names and ports have no spaces.
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3 || !IPAddress.TryParse(tokens[1], out _))
        {
            return false;
        }

        CapturedDevice ap = session.ApOf(controller, tokens[0], line.Evidence);
        ap.AddIpAddress(tokens[1], line.Evidence);
        string neighbourName = tokens[2];
        bool hasAddress = tokens.Length > 3 && IPAddress.TryParse(tokens[3], out _);
        string? port = tokens.Length > (hasAddress ? 4 : 3) ? string.Join(' ', tokens.Skip(hasAddress ? 4 : 3)) : null;
        if (port?.StartsWith(MeshRadioPort, StringComparison.OrdinalIgnoreCase) == true)
        {
            ap.AddNote($"{line.Location}: a mesh neighbour of {neighbourName} over its radio ({port})");
            return true;
        }

        CapturedDevice neighbour = session.Neighbour(controller, neighbourName, line.Evidence);
        neighbour.SetRole(DeviceRole.Switch);
        if (hasAddress)
        {
            neighbour.AddIpAddress(tokens[3], line.Evidence);
        }

        neighbour.AddNote($"{line.Location}: the CDP neighbour of AP {tokens[0]}{(port is null ? string.Empty : $" on its port {port}")}, as {Display(controller)} lists it");
        return true;
    }

    private static string Display(CapturedDevice device) => device.Context.Length > 0 ? device.Context : "the controller";
}
