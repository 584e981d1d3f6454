namespace CertInspect.Reporting.Models;

/// <summary>How many devices' certificates first end in a calendar quarter (see <see cref="DeviceReport.FirstEnd"/>).</summary>
public sealed record QuarterCount(int Year, int Quarter, int Devices)
{
    /// <summary>The quarter's first day: where it sits on a time axis.</summary>
    public DateOnly Start => new(Year, ((Quarter - 1) * 3) + 1, 1);

    public string Name => $"{Year}-Q{Quarter}";
}
