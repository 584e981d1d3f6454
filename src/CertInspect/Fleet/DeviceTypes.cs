using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>
/// The device types records, reports and rules data name: ap, controller, switch, router, other (a model family's type), and
/// unknown when the evidence does not establish one. A row of a serial list or an inventory is an AP until its model
/// says otherwise (those lists are lists of APs). AP rules apply to APs and to devices of unknown type, which the
/// headline counts apart; never to a switch, a router or another platform.
/// </summary>
public static class DeviceTypes
{
    public const string AccessPoint = "ap";
    public const string Controller = "controller";
    public const string Switch = "switch";
    public const string Router = "router";

    /// <summary>A device that is none of the above (a firewall, a cable or optical platform, another vendor's server).</summary>
    public const string Other = "other";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = [.. ModelFamily.DeviceTypes, Unknown];

    /// <summary>The type in a sentence: "an AP", "a switch", "a device of another kind" (never "a other").</summary>
    public static string InWords(string type) => type switch
    {
        AccessPoint => "an AP",
        Other => "a device of another kind",
        Unknown => "a device of unknown kind",
        _ => $"a {type}",
    };
}
