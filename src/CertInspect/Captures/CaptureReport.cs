using CertInspect.Evidence;
namespace CertInspect.Captures;

/// <summary>
/// What one capture was read as: its commands, the devices they describe, the diagnostics, and how many lines fell
/// in each category (they add up to <see cref="Lines"/>: every line is accounted for).
/// </summary>
public sealed record CaptureReport(
    string Source,
    long Lines,
    IReadOnlyDictionary<LineCategory, long> LineCounts,
    IReadOnlyList<CapturedCommand> Commands,
    IReadOnlyList<CapturedDevice> Devices,
    IReadOnlyList<CaptureDiagnostic> Diagnostics);
