namespace CertInspect.Evidence;

/// <summary>What a capture shows a device to be: a controller's prompt and commands, an AP's, the switch an AP is
/// cabled to, or not enough to say.</summary>
public enum DeviceRole
{
    Unknown,
    AccessPoint,
    Controller,

    /// <summary>A switch an AP is cabled to, as a controller's "show ap cdp neighbors" names it.</summary>
    Switch,
}
