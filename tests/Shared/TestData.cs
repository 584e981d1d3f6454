namespace CertInspect.Testing;

/// <summary>The repository's testdata folder, copied beside the test assembly at build time.</summary>
internal static class TestData
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "testdata");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Output with the machine-specific location of testdata replaced by "testdata", for golden files.</summary>
    public static string Scrub(string text) => text.Replace(Root, "testdata", StringComparison.Ordinal);
}
