using CertInspect.Evidence;

namespace CertInspect.Captures.Sections;

/// <summary>
/// "show crypto pki trustpoints [| include SHA2]": every line is kept, because the CSCur43050 check reads whether
/// any names the SHA-2 manufacturing CA, and an empty output is itself the evidence (Cisco bug CSCur43050).
/// </summary>
internal sealed class TrustpointsSection : OutputSection
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "show crypto pki trustpoints",
        Forms = [new("show crypto pki trustpoints *")],
        StartsOutput = StartsOutput,
        Create = start => new TrustpointsSection(start.Device, start.Line.Evidence),
    };

    private readonly CapturedDevice _device;

    // "Trustpoint SLA-TrustPoint:": IOS trustpoint names hold no spaces, so the 9800's key-value line
    // "Trustpoint Name :" (show wireless management trustpoint, no trustpoint set) is not one.
    private static bool StartsOutput(string trimmed) =>
        trimmed.StartsWith("Trustpoint ", StringComparison.Ordinal) && trimmed.EndsWith(':')
        && trimmed.AsSpan("Trustpoint ".Length, trimmed.Length - "Trustpoint ".Length - 1).IndexOfAny(' ', '\t') < 0;

    public TrustpointsSection(CapturedDevice device, EvidenceLine command)
        : base(Command)
    {
        _device = device;
        device.StartTrustpoints(command);
    }

    public override bool Greedy => true;

    public override bool Accept(CaptureLine line)
    {
        _device.AddTrustpointLine(line.Evidence);
        return true;
    }
}
