using System.Globalization;
using CertInspect.Audit;

namespace CertInspect.Cli;

/// <summary>One line of progress on a terminal's standard error, rewritten in place, then cleared at the end.</summary>
internal sealed class ProgressLine(TextWriter error)
{
    private int _width;

    public void Show(AuditProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        double seconds = Math.Max(progress.Elapsed.TotalSeconds, 0.001);
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"certinspect: {progress.FilesDone}/{progress.Files} files, {progress.Rows:N0} rows, {progress.Rows / seconds:N0} rows/s");
        error.Write("\r" + text.PadRight(_width));
        error.Flush();
        _width = text.Length;
    }

    public void Clear()
    {
        if (_width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
        }
    }
}
