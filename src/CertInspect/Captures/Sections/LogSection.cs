namespace CertInspect.Captures.Sections;

/// <summary>show logging, AireOS show msglog and show traplog: every line is a log message.</summary>
internal sealed class LogSection(Action<CaptureLine, string> log) : OutputSection(Command)
{
    public static CaptureCommand Command { get; } = new()
    {
        DisplayName = "log",
        Forms = [new("show logging *"), new("show msglog *", ControllerOnly: true), new("show traplog *", ControllerOnly: true)],

        // IOS and IOS-XE "show logging" starts with its settings.
        StartsOutput = trimmed => trimmed.StartsWith("Syslog logging: ", StringComparison.Ordinal),
        Create = start => new LogSection(start.Log),
    };

    public override bool Greedy => true;

    public override bool Accept(CaptureLine line)
    {
        log(line, line.Trimmed);
        return true;
    }
}
