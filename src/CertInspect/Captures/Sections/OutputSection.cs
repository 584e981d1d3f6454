namespace CertInspect.Captures.Sections;

/// <summary>
/// The reader of one command's output. Structured sections take only the lines they understand, so that output
/// pasted after them without a prompt is recognised by its own shape; greedy sections (free text such as show
/// version) take every line that no other section claims.
/// </summary>
internal abstract class OutputSection(CaptureCommand command)
{
    /// <summary>The command whose output this section reads.</summary>
    public CaptureCommand Reads { get; } = command;

    public virtual bool Greedy => false;

    /// <summary>True while the section has read only a first line that other outputs print too ("Number of APs" heads
    /// show ap summary and the join-stats tables): output recognised on a later line takes the command over.</summary>
    public virtual bool OnlyPreamble => false;

    /// <summary>Takes one line; false when the line is not part of this output.</summary>
    public abstract bool Accept(CaptureLine line);

    /// <summary>The output ends: at a prompt, another output, or the end of the capture.</summary>
    public virtual void End()
    {
    }
}
