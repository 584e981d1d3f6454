using System.Globalization;

namespace CertInspect.Fleet;

/// <summary>
/// The identity a report keys a device by, spelt only here: "serial:FOC1837X1Y2", else "mac:…", "name:…", "cert:…" or
/// "capture:FILE:LINE" (<see cref="DeviceKeyKind"/>), and "#2", "#3", … after a key another device of the run already
/// has. Reports write <see cref="Text"/>; code that needs the serial asks <see cref="IsSerial"/>, never the text.
/// Invariant: Text is the kind's prefix, Value, and "#Ordinal" when Ordinal is 2 or more.
/// </summary>
public readonly struct DeviceKey : IEquatable<DeviceKey>
{
    private DeviceKey(DeviceKeyKind kind, string value, int ordinal)
    {
        Kind = kind;
        Value = value;
        Ordinal = ordinal;
        string text = Prefix(kind) + value;
        Text = ordinal == 1 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}#{ordinal}");
    }

    public DeviceKeyKind Kind { get; }

    /// <summary>The serial, MAC, name, fingerprint or place the key is made of, without its "#n".</summary>
    public string Value { get; }

    /// <summary>1 for the first device of the run with this key; 2, 3, … for the devices told apart by "#n".</summary>
    public int Ordinal { get; }

    /// <summary>The key as reports write it: "serial:FOC1837X1Y2", "mac:00:11:22:33:44:55#2".</summary>
    public string Text { get; }

    /// <summary>The text after the kind's prefix ("00:11:22:33:44:55#2"), for a writer that shows what a device is
    /// known by and must never show an internal key.</summary>
    public string Label => Text[Prefix(Kind).Length..];

    public static DeviceKey ForSerial(string serial) => new(DeviceKeyKind.Serial, Checked(serial), 1);

    public static DeviceKey ForMac(string mac) => new(DeviceKeyKind.Mac, Checked(mac), 1);

    public static DeviceKey ForName(string name) => new(DeviceKeyKind.Name, Checked(name), 1);

    /// <param name="fingerprint">The certificate's SHA-256 fingerprint as hex pairs; its first 23 characters (8
    /// bytes) make the key.</param>
    public static DeviceKey ForCertificate(string fingerprint) => new(DeviceKeyKind.Certificate, Checked(fingerprint)[..Math.Min(23, fingerprint.Length)], 1);

    /// <param name="place">Where the capture first shows the device (FILE:LINE).</param>
    public static DeviceKey ForCapture(string place) => new(DeviceKeyKind.Capture, Checked(place), 1);

    /// <summary>This key told apart as the <paramref name="ordinal"/>-th device that has it (2 or more).</summary>
    public DeviceKey Numbered(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 2);
        return new DeviceKey(Kind, Value, ordinal);
    }

    /// <summary>Whether this is the key of <paramref name="serial"/> itself: its serial's, not told apart by "#n".</summary>
    public bool IsSerial(string serial) =>
        Kind == DeviceKeyKind.Serial && Ordinal == 1 && string.Equals(Value, serial, StringComparison.Ordinal);

    public bool Equals(DeviceKey other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DeviceKey other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : string.GetHashCode(Text, StringComparison.Ordinal);

    public override string ToString() => Text ?? string.Empty;

    public static bool operator ==(DeviceKey left, DeviceKey right) => left.Equals(right);

    public static bool operator !=(DeviceKey left, DeviceKey right) => !left.Equals(right);

    private static string Prefix(DeviceKeyKind kind) => kind switch
    {
        DeviceKeyKind.Serial => "serial:",
        DeviceKeyKind.Mac => "mac:",
        DeviceKeyKind.Name => "name:",
        DeviceKeyKind.Certificate => "cert:",
        DeviceKeyKind.Capture => "capture:",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of device key"),
    };

    private static string Checked(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
