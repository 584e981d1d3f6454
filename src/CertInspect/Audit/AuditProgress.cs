namespace CertInspect.Audit;

/// <summary>
/// How far the run has come. Reading: files finished out of all, and rows (or certificates) read so far. Then, for
/// each pass a writer makes over the devices (a writer that prints the summary first makes two), the pass and the
/// devices evaluated out of all: <see cref="Pass"/> is 0 while reading.
/// </summary>
public sealed record AuditProgress(int FilesDone, int Files, long Rows, TimeSpan Elapsed)
{
    public int Pass { get; init; }

    public long DevicesDone { get; init; }

    public long Devices { get; init; }
}
