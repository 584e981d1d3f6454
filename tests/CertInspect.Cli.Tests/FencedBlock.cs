namespace CertInspect.Cli.Tests;

/// <summary>A fenced block: the lines of its opening and closing fences (1-based), its language and its body.</summary>
internal sealed record FencedBlock(Documentation File, int Line, int EndLine, string Language, string Body)
{
    public string Where => File.At(Line);
}
