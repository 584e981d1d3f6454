namespace CertInspect.Fleet;

/// <summary>What a <see cref="DeviceKey"/> identifies a device by, in the order a device's key is chosen.</summary>
public enum DeviceKeyKind
{
    /// <summary>"serial:FOC1837X1Y2": the device's serial, whenever it has one that decodes.</summary>
    Serial,

    /// <summary>"mac:00:11:22:33:44:55": the MAC its certificates or captures give.</summary>
    Mac,

    /// <summary>"name:WLC-WEST": the name a capture gives a device with neither.</summary>
    Name,

    /// <summary>"cert:AB:CD:…": the start of the SHA-256 fingerprint of a device's first certificate.</summary>
    Certificate,

    /// <summary>"capture:FILE:LINE": where a capture first shows a device it names by nothing else.</summary>
    Capture,
}
