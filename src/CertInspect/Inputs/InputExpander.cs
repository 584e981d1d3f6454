using CertInspect.Evidence;
using CertInspect.Facts;
namespace CertInspect.Inputs;

/// <summary>
/// Turns the INPUT arguments into the list of sources to read: files as given, directories walked recursively in
/// ordinal order of their entries, "-" for standard input. What cannot be listed becomes an input error, so that
/// every argument shows up in the report.
/// </summary>
public static class InputExpander
{
    public const string StandardInputArgument = "-";
    public const string StandardInputName = "stdin";

    public static (IReadOnlyList<InputSource> Sources, IReadOnlyList<InputError> Errors) Expand(
        IEnumerable<string> arguments,
        Func<Stream> openStandardInput)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        var sources = new List<InputSource>();
        var errors = new List<InputError>();
        foreach (string argument in arguments)
        {
            if (string.Equals(argument, StandardInputArgument, StringComparison.Ordinal))
            {
                sources.Add(new InputSource(StandardInputName, openStandardInput));
            }
            else if (Directory.Exists(argument))
            {
                int before = sources.Count + errors.Count;
                Walk(argument, argument, new HashSet<string>(StringComparer.Ordinal), sources, errors);
                if (sources.Count + errors.Count == before)
                {
                    // Said, so that a run over an empty export folder is not taken for a clean one.
                    errors.Add(new InputError(new SourceLocation(argument, null), "an empty folder: no file in it to read (hidden files are skipped)"));
                }
            }
            else if (File.Exists(argument))
            {
                sources.Add(FileSource(argument, argument));
            }
            else
            {
                errors.Add(new InputError(new SourceLocation(argument, null), "no such file or directory" + NearestExisting(argument)));
            }
        }

        return (sources, errors);
    }

    // Hidden entries (".git", ".DS_Store") are not inventory; directory links are followed once, so a link loop ends.
    private static void Walk(string path, string displayName, HashSet<string> visited, List<InputSource> sources, List<InputError> errors)
    {
        string real = RealPath(path);
        if (!visited.Add(real))
        {
            errors.Add(new InputError(new SourceLocation(displayName, null), $"directory already read through another path ({real}): a link loop, not followed"));
            return;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(new SourceLocation(displayName, null), $"cannot list the directory: {e.Message}"));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            string entryDisplay = displayName.EndsWith('/') ? displayName + name : displayName + "/" + name;
            if (SpecialFile.KindOf(entry) is { } special)
            {
                // Never opened: a FIFO would block the walk until something writes to it.
                errors.Add(new InputError(new SourceLocation(entryDisplay, null), $"skipped: a {special}, not a regular file"));
            }
            else if (Directory.Exists(entry))
            {
                Walk(entry, entryDisplay, visited, sources, errors);
            }
            else if (File.Exists(entry))
            {
                sources.Add(FileSource(entry, entryDisplay));
            }
            else
            {
                errors.Add(new InputError(new SourceLocation(entryDisplay, null), "not a regular file (broken link, device or socket)"));
            }
        }
    }

    // " (did you mean inventory.csv?)" when the folder the path names holds an entry one slip of the keyboard away.
    private static string NearestExisting(string path)
    {
        string folder = Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        try
        {
            string[] names = [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal)];
            return NearestName.Among(Path.GetFileName(path), names) is { } near
                ? $" (did you mean {(folder == "." && !path.StartsWith("./", StringComparison.Ordinal) ? near : Path.Combine(folder, near))}?)"
                : string.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd('/');
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static InputSource FileSource(string path, string displayName) =>
        new(displayName, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Length: Size(path));

    private static long? Size(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unknown size: the file is streamed in its turn, and opening it reports the problem.
            return null;
        }
    }
}
