using CertInspect.Evidence;

namespace CertInspect.Captures;

// A log message being read, with the lines a wrap put after it (at most a few, and a bounded length).
internal sealed class PendingMessage(CapturedDevice device, SourceLocation location, string text)
{
    private const int MaximumContinuations = 5;
    private const int MaximumLength = 4096;
    private int _continuations;

    public CapturedDevice Device { get; } = device;

    public SourceLocation Location { get; } = location;

    public string Text { get; private set; } = text;

    public bool Continue(string line)
    {
        if (_continuations >= MaximumContinuations || Text.Length + line.Length >= MaximumLength)
        {
            return false;
        }

        _continuations++;
        Text = Text + " " + line.Trim();
        return true;
    }
}
