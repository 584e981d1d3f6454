namespace CertInspect.Cli.Tests;

/// <summary>
/// A test that needs headless Chromium. Without it the test is skipped, visibly, with the reason — never counted as
/// passed. Under CI (the CI variable set) it always runs: CI installs Chromium, and a missing one must fail there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "headless Chromium is not installed (apt-get install chromium, or set CERTINSPECT_CHROMIUM)";
        }
    }
}
