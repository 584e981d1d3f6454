using CertInspect.Captures.Sections;
using CertInspect.Inputs;

namespace CertInspect.Captures;

/// <summary>
/// Tells a console capture from other text by its first lines: a prompt followed by a command CertInspect knows,
/// the first line of an output it reads, or a log message. Serial lists and CSV inventories have none of these.
/// </summary>
public static class CaptureShape
{
    private static readonly System.Buffers.SearchValues<char> _base64Characters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    /// <summary>
    /// Whether a device prompt types a command CertInspect knows: a console session, even when it also holds PEM blocks
    /// (a SUDI chain printed by "show platform sudi certificate"), which would otherwise make it a certificate file.
    /// </summary>
    public static bool HasCommandLine(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        // A line inside a PEM block is base64, never a prompt: a file of certificates is a few lines to look at, not
        // every line of every block (profiled: the prompt pattern on every base64 line was a tenth of reading 10,000
        // PEM files).
        bool insidePem = false;
        foreach (string raw in lines)
        {
            string line = CaptureText.Clean(raw);
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (insidePem)
            {
                // A block cut short ends at the first line that is not base64 (a prompt after it is still seen).
                if (trimmed.StartsWith("-----END ", StringComparison.Ordinal))
                {
                    insidePem = false;
                    continue;
                }

                if (trimmed.IndexOfAnyExcept(_base64Characters) < 0)
                {
                    continue;
                }

                insidePem = false;
            }

            if (trimmed.StartsWith("-----BEGIN ", StringComparison.Ordinal))
            {
                insidePem = true;
                continue;
            }

            if (PromptLine.Match(line) is { } prompt && prompt.Rest.Length > 0
                && CommandCatalog.Recognise(prompt.Rest).Command != SkippedSection.Unsupported)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the lines, as given, hold anything a console capture holds.</summary>
    public static bool Recognise(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Any(IsCaptureLine);
    }

    /// <summary>How many of the first lines at most are weighed for each way a file may have been pasted.</summary>
    public const int StyleSample = 2000;

    /// <summary>
    /// The way the head of a file was pasted (<see cref="PastedText.Styles"/>) under which the most of its lines read
    /// as a capture's (prompts typing commands, first lines of outputs, log messages), and how many did; the first
    /// style on a tie, so that output pasted as printed is never read through a wrapper it does not carry. Zero
    /// lines: the file is no capture.
    /// </summary>
    public static (PasteStyle Style, int Lines) Style(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        IReadOnlyList<string> sample = lines.Count > StyleSample ? lines.Take(StyleSample).ToList() : lines;
        (PasteStyle Style, int Lines) best = (PasteStyle.Plain, 0);
        bool first = true;
        foreach (PasteStyle style in PastedText.Styles(sample))
        {
            int count = Unwrapped(sample, style).Count(IsCaptureLine);
            if (first || count > best.Lines)
            {
                best = (style, count);
                first = false;
            }
        }

        return best;
    }

    /// <summary>The lines as the device printed them, read through a paste style (a string-literal line may hold several).</summary>
    public static IEnumerable<string> Unwrapped(IEnumerable<string> lines, PasteStyle style)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(style);
        foreach (string line in lines)
        {
            string unwrapped = PastedText.Unwrap(line.TrimEnd('\r'), style);
            if (unwrapped.Contains('\n', StringComparison.Ordinal))
            {
                foreach (string part in unwrapped.Split('\n'))
                {
                    yield return part;
                }
            }
            else
            {
                yield return unwrapped;
            }
        }
    }

    // A prompt typing a command (one CertInspect reads, or any other exec command: the prompt names a device), a log
    // message, or the first line of an output CertInspect reads.
    private static bool IsCaptureLine(string raw)
    {
        string line = CaptureText.Clean(raw);
        string trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (PromptLine.Match(line) is { } prompt && prompt.Rest.Length > 0
            && (LogText.IsLog(prompt.Rest) || CommandCatalog.Recognise(prompt.Rest).Command != SkippedSection.Unsupported || CommandCatalog.IsExecCommand(prompt.Rest)))
        {
            return true;
        }

        return LogText.IsLog(trimmed) || CommandCatalog.Commands.Any(c => c.StartsOutput?.Invoke(trimmed) == true || c.StartsOutputAlone?.Invoke(trimmed) == true);
    }
}
