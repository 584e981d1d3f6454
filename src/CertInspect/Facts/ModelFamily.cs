namespace CertInspect.Facts;

/// <summary>A family of Cisco products recognised by its product IDs (PIDs).</summary>
public sealed record ModelFamily
{
    /// <summary>The family's short id that rules refer to, such as "2600" or "9800".</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The device types a family may have.</summary>
    public static IReadOnlyList<string> DeviceTypes { get; } = ["ap", "controller", "switch", "router", "other"];

    /// <summary>ap, controller, switch or router: what a device of this family is, whatever its console says.</summary>
    public required string DeviceType { get; init; }

    /// <summary>ios (IOS-based AP), cos (AP-COS: Wave 2 and later), or the operating system of a controller, switch or router.</summary>
    public required string Software { get; init; }

    /// <summary>A .NET regular expression matched against the model text, ignoring case.</summary>
    public required string PidPattern { get; init; }

    public IReadOnlyList<string> Sources { get; set; } = [];
}
