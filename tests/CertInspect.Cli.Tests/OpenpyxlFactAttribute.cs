namespace CertInspect.Cli.Tests;

/// <summary>
/// A test that opens a workbook with openpyxl. Without it the test is skipped, visibly, with the reason; under CI
/// (the CI variable set) it always runs: .ci/run installs the package, and a missing one must fail there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenpyxlFactAttribute : FactAttribute
{
    public OpenpyxlFactAttribute()
    {
        if (!Openpyxl.Installed && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "openpyxl is not installed for /usr/bin/python3 (apt-get install python3-openpyxl)";
        }
    }
}
