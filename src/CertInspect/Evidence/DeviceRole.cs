namespace CertInspect.Evidence;

/// <summary>What a capture shows a device to be: a controller's prompt and commands, an AP's, or not enough to say.</summary>
public enum DeviceRole
{
    Unknown,
    AccessPoint,
    Controller,
}
