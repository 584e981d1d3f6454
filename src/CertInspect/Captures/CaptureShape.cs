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

    public static bool Recognise(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (string raw in lines)
        {
            string line = CaptureText.Clean(raw);
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (PromptLine.Match(line) is { } prompt && prompt.Rest.Length > 0
                && (LogText.IsLog(prompt.Rest) || CommandCatalog.Recognise(prompt.Rest).Command != SkippedSection.Unsupported))
            {
                return true;
            }

            if (LogText.IsLog(trimmed) || CommandCatalog.Commands.Any(c => c.StartsOutput?.Invoke(trimmed) == true || c.StartsOutputAlone?.Invoke(trimmed) == true))
            {
                return true;
            }
        }

        return false;
    }
}
