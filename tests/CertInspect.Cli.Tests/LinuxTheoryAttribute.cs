namespace CertInspect.Cli.Tests;

/// <summary>A theory that needs Linux (FIFOs, /dev/full, bash): skipped, visibly, elsewhere.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (FIFOs, /dev/full, bash)";
        }
    }
}
