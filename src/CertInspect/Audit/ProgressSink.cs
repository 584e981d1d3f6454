using System.Diagnostics;
using CertInspect.Evidence;

namespace CertInspect.Audit;

/// <summary>
/// Passes evidence on and counts it, reporting progress at most every half second: looking at the clock every row
/// would cost more than the report is worth, so it looks every few thousand.
/// </summary>
internal sealed class ProgressSink(IEvidenceSink inner, int files, Action<AuditProgress> report) : IEvidenceSink
{
    private const int RowsBetweenClockChecks = 4096;
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(500);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private long _rows;

    public int FilesDone { get; private set; }

    public void Add(InventoryObservation observation)
    {
        inner.Add(observation);
        Count();
    }

    public void AddCertificate(LocatedCertificate certificate)
    {
        inner.AddCertificate(certificate);
        Count();
    }

    public void AddCapture(CapturedDevice device)
    {
        inner.AddCapture(device);
        Count();
    }

    public void Reject(InputError inputError)
    {
        inner.Reject(inputError);
        Count();
    }

    public void FileDone()
    {
        FilesDone++;
        Report(force: FilesDone == files);
    }

    private void Count()
    {
        if (++_rows % RowsBetweenClockChecks == 0)
        {
            Report(force: false);
        }
    }

    private void Report(bool force)
    {
        TimeSpan now = _clock.Elapsed;
        if (force || now - _lastReport >= _interval)
        {
            _lastReport = now;
            report(new AuditProgress(FilesDone, files, _rows, now));
        }
    }
}
