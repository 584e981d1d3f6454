using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// What a section is started with: the capture's shared state, the device the output belongs to, the line that
/// started it (the command line, or the output's first line), the AP the command named, and where log lines go.
/// </summary>
internal sealed record SectionStart(CaptureSession Session, CapturedDevice Device, CaptureLine Line, string? ApName, Action<CaptureLine, string> Log);
