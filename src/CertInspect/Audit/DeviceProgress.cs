using System.Diagnostics;
using CertInspect.Reporting.Models;

namespace CertInspect.Audit;

/// <summary>
/// Reports how far a pass over the devices has come, at most every half second (the clock is looked at every few
/// thousand devices), and once at the end of each pass: reading a million rows takes seconds, evaluating and writing
/// them most of a minute, and that minute must not look like a hang.
/// </summary>
internal sealed class DeviceProgress(long devices, Action<AuditProgress> report)
{
    private const int DevicesBetweenClockChecks = 4096;
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(500);

    private int _passes;

    public IEnumerable<DeviceReport> Over(IEnumerable<DeviceReport> inner)
    {
        int pass = ++_passes;
        var clock = Stopwatch.StartNew();
        TimeSpan last = TimeSpan.Zero;
        long done = 0;
        foreach (DeviceReport device in inner)
        {
            yield return device;
            if (++done % DevicesBetweenClockChecks == 0 && clock.Elapsed - last >= _interval)
            {
                last = clock.Elapsed;
                report(new AuditProgress(0, 0, 0, last) { Pass = pass, DevicesDone = done, Devices = devices });
            }
        }

        report(new AuditProgress(0, 0, 0, clock.Elapsed) { Pass = pass, DevicesDone = done, Devices = devices });
    }
}
