namespace CertInspect.Cli.Tests;

/// <summary>A test that needs Linux (FIFOs, /dev/full): skipped, visibly, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (FIFOs and /dev/full)";
        }
    }
}
