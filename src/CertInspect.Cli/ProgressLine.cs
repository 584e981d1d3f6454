using System.Globalization;
using CertInspect.Audit;

namespace CertInspect.Cli;

/// <summary>
/// One line of progress on a terminal's standard error, rewritten in place: reading, cleared before the report's first
/// byte, then each pass over the devices, cleared at the end. The device passes are shown only when the report does
/// not go to the same terminal (<paramref name="showDevices"/>), where the line would cut into the table.
/// </summary>
/// <param name="width">The terminal's width: a longer line is cut, since one that wraps cannot be rewritten in place.</param>
internal sealed class ProgressLine(TextWriter error, bool showDevices, int? width = null)
{
    private int _width;
    private AuditProgress? _read;

    public void Show(AuditProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Pass > 0 && !showDevices)
        {
            return;
        }

        double seconds = Math.Max(progress.Elapsed.TotalSeconds, 0.001);
        string text = progress.Pass == 0
            ? string.Create(CultureInfo.InvariantCulture, $"certinspect: {progress.FilesDone}/{progress.Files} files, {progress.Rows:N0} rows, {progress.Rows / seconds:N0} rows/s")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"certinspect: {(_read is { } read ? $"{read.Rows:N0} rows read; " : string.Empty)}devices {progress.DevicesDone:N0}/{progress.Devices:N0} (pass {progress.Pass}), {progress.DevicesDone / seconds:N0} devices/s");
        if (progress.Pass == 0)
        {
            _read = progress;
        }

        if (width is { } fit && text.Length >= fit)
        {
            text = text[..Math.Max(0, fit - 2)] + "…";
        }

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
            _width = 0;
        }
    }
}
