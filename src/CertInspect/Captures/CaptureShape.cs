namespace CertInspect.Captures;

/// <summary>
/// Tells a console capture from other text by its first lines: a prompt followed by a command CertInspect knows,
/// the first line of an output it reads, or a log message. Serial lists and CSV inventories have none of these.
/// </summary>
public static class CaptureShape
{
    /// <summary>
    /// Whether a device prompt types a command CertInspect knows: a console session, even when it also holds PEM blocks
    /// (a SUDI chain printed by "show platform sudi certificate"), which would otherwise make it a certificate file.
    /// </summary>
    public static bool HasCommandLine(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(CaptureText.Clean).Any(line => PromptLine.Match(line) is { } prompt && prompt.Rest.Length > 0
            && CommandCatalog.Recognise(prompt.Rest).Command != SkippedSection.Unsupported);
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
