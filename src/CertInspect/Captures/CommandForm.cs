namespace CertInspect.Captures;

/// <summary>One typed form of a command ("show ap name &lt;ap&gt; config general"), and whether only controllers have it.</summary>
internal sealed record CommandForm(string Words, bool ControllerOnly = false)
{
    public IReadOnlyList<string> Parts { get; } = Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
