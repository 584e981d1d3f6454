using CertInspect.Evidence;
namespace CertInspect.Captures.Sections;

/// <summary>
/// "test pb display" (Cisco bug CSCur43050): "SHA2 Parameter Block Doesn't have any Records" means no SHA-2 MIC was
/// programmed; "Display of the SHA2 Parameter Block" means one was, and the trustpoints decide. The record dump
/// that follows is taken as part of the output.
/// </summary>
internal sealed class ParameterBlockSection(CapturedDevice device) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "test pb display",
        Forms = [new("test pb display")],
        StartsOutput = StartsOutput,
        MarksAccessPoint = true,
        Create = start => new ParameterBlockSection(start.Device),
    };

    public override bool Greedy => true;

    public static bool StartsOutput(string trimmed) => trimmed.Contains("SHA2 Parameter Block", StringComparison.OrdinalIgnoreCase);

    public override bool Accept(CaptureLine line)
    {
        string text = line.Trimmed;
        if (text.Contains("Parameter Block Doesn", StringComparison.OrdinalIgnoreCase) && text.Contains("any Records", StringComparison.OrdinalIgnoreCase))
        {
            device.SetParameterBlock(present: false, line.Evidence);
            device.SetRole(DeviceRole.AccessPoint);
        }
        else if (text.Contains("Display of the SHA2 Parameter Block", StringComparison.OrdinalIgnoreCase))
        {
            device.SetParameterBlock(present: true, line.Evidence);
            device.SetRole(DeviceRole.AccessPoint);
        }

        return true;
    }
}
