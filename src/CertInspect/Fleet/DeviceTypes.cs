namespace CertInspect.Fleet;

/// <summary>The device types records, reports and rules data name: ap, controller, and unknown when nothing tells.</summary>
public static class DeviceTypes
{
    public const string AccessPoint = "ap";
    public const string Controller = "controller";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = [AccessPoint, Controller, Unknown];
}
