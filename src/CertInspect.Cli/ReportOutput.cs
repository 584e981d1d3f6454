using System.Text;
using CertInspect.Inputs;

namespace CertInspect.Cli;

/// <summary>
/// Writes a report or receipt to --output or to standard output, turning output failures (a full disk, a closed pipe,
/// a path that cannot be written) into one message. A report file is written whole or not at all: beside its target,
/// then renamed over it, so a failed run never leaves a cut-off report where the last good one was.
/// </summary>
internal static class ReportOutput
{
    /// <returns>Whether it was written; when not, the error writer says why.</returns>
    public static bool TryWrite(Action<TextWriter> write, string? path, TextWriter standardOutput, TextWriter error)
    {
        if (path is null)
        {
            try
            {
                write(standardOutput);
                standardOutput.Flush();
                return true;
            }
            catch (IOException e) when (e is not StandardOutputClosedException)
            {
                error.WriteLine($"certinspect: cannot write the report to standard output: {e.Message}");
                return false;
            }
        }

        // A large buffer: a bulk report is gigabytes of small writes.
        return TryWriteFile(
            stream =>
            {
                using var file = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                write(file);
            },
            path,
            error);
    }

    /// <summary>A binary report (xlsx): to a file only, whole or not at all like the others.</summary>
    public static bool TryWriteFile(Action<Stream> write, string path, TextWriter error)
    {
        if (MissingFolder(path) is { } folder)
        {
            error.WriteLine($"certinspect: cannot write the report to {path}: no such folder {folder}");
            return false;
        }

        // A device or pipe (/dev/stdout, a FIFO) is written as it is: it cannot be replaced by a rename.
        bool inPlace = File.Exists(path) && SpecialFile.KindOf(path) is not null;
        string target = inPlace ? path : TemporaryBeside(path);
        try
        {
            using (var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(file);
            }

            if (!inPlace)
            {
                File.Move(target, path, overwrite: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"certinspect: cannot write the report to {path}: {e.Message}");
            return false;
        }
        finally
        {
            if (!inPlace && File.Exists(target))
            {
                File.Delete(target);
            }
        }
    }

    /// <summary>The folder of <paramref name="path"/> as it was written, when it does not exist; else null.</summary>
    public static string? MissingFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Directory.Exists(folder) ? null : Path.GetDirectoryName(path) is { Length: > 0 } written ? written + Path.DirectorySeparatorChar : folder;
    }

    private static string TemporaryBeside(string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
    }
}
