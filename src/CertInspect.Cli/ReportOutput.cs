using System.Text;

namespace CertInspect.Cli;

/// <summary>Writes a report or receipt to --output or to standard output, turning file-system failures into a message.</summary>
internal static class ReportOutput
{
    /// <returns>Whether it was written; when not, the error writer says why.</returns>
    public static bool TryWrite(Action<TextWriter> write, string? path, TextWriter standardOutput, TextWriter error)
    {
        if (path is null)
        {
            write(standardOutput);
            standardOutput.Flush();
            return true;
        }

        try
        {
            // A large buffer: a bulk report is gigabytes of small writes.
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            write(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"certinspect: cannot write the report to {path}: {e.Message}");
            return false;
        }
    }
}
