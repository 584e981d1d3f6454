using CertInspect.Evidence;
namespace CertInspect.Captures;

/// <summary>
/// One command found in a capture: where it starts, the device it ran on (the prompt's host, or the AP a
/// controller command was about), the command as typed (null for output pasted without its command line, which is
/// recognised by its shape), what CertInspect read it as, and how many output lines followed.
/// </summary>
public sealed record CapturedCommand(SourceLocation Location, string Device, string? Typed, string ReadAs)
{
    public int OutputLines { get; internal set; }
}
