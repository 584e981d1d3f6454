namespace CertInspect.Captures;

/// <summary>The output of a command CertInspect does not read, or that prints nothing to read: taken and skipped.</summary>
internal sealed class SkippedSection(OutputKind kind) : OutputSection(kind)
{
    public override bool Greedy => true;

    public override bool Accept(CaptureLine line) => true;
}
