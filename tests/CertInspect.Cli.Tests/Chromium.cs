namespace CertInspect.Cli.Tests;

/// <summary>
/// Where headless Chromium is: CERTINSPECT_CHROMIUM when it is set (a path that does not exist means "none here", so
/// the skip can be seen on a machine that has Chromium), else Debian's package.
/// </summary>
internal static class Chromium
{
    private static readonly string[] _debianPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string? Path { get; } = Find();

    private static string? Find()
    {
        string? chosen = Environment.GetEnvironmentVariable("CERTINSPECT_CHROMIUM");
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen) ? chosen : null;
        }

        return _debianPaths.FirstOrDefault(File.Exists);
    }
}
