namespace CertInspect.Cli.Tests;

/// <summary>A test that needs Linux (FIFOs, /dev/full, bash): skipped, visibly, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (FIFOs, /dev/full, bash)";
        }
    }
}
