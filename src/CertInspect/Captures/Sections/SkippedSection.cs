namespace CertInspect.Captures.Sections;

/// <summary>The output of a command CertInspect does not read, or that prints nothing to read: taken and skipped.</summary>
internal sealed class SkippedSection(CaptureCommand command) : OutputSection(command)
{
    /// <summary>Commands known to print nothing worth reading (debug, terminal length, configuration).</summary>
    public static CaptureCommand Silent { get; } = new()
    {
        DisplayName = "no output to read",
        Forms =
        [
            new("debug *"), new("undebug *"), new("no *"), new("terminal *"), new("enable *"), new("configure *"),
            new("config *", ControllerOnly: true), new("exit"), new("end"),
        ],
        Create = _ => new SkippedSection(Silent!),
    };

    /// <summary>Any other command: its output is not read.</summary>
    public static CaptureCommand Unsupported { get; } = new()
    {
        DisplayName = "not read by CertInspect",
        Create = _ => new SkippedSection(Unsupported!),
    };

    public override bool Greedy => true;

    public override bool Accept(CaptureLine line) => true;
}
