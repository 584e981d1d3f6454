using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// Issue 19: a verdict never depends on the order of the inputs, and a report never holds two devices with one key.
/// Every fixture that is several inputs (each folder of testdata) is audited with its files in order and in reverse;
/// every fixture file and folder is checked for duplicate keys. Regression: a CA whose end one capture printed as a
/// wrapped 1901 date and another as 2037 decided the chain of both by which came first; a capture whose devices had
/// no serial, MAC or name gave two of them the key "capture:FILE".
/// </summary>
public sealed class InputOrderTests
{
    public static TheoryData<string> Folders => [.. Directory.GetDirectories(TestData.Root, "*", SearchOption.AllDirectories)
        .Select(d => Path.GetRelativePath(TestData.Root, d))
        .Where(d => Files(d).Count > 1)
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(TestData.Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(TestData.Root, f))
        .Where(f => !f.EndsWith(".py", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Audit_FolderInEitherOrder_GivesTheSameVerdicts(string folder)
    {
        IReadOnlyList<string> files = Files(folder);

        IReadOnlyList<string> forward = FieldFixtureTests.Verdicts(files);
        IReadOnlyList<string> backward = FieldFixtureTests.Verdicts([.. files.Reverse()]);

        Assert.Equal(forward, backward);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    [MemberData(nameof(Fixtures))]
    public void Audit_AnyFixture_HoldsNoTwoDevicesWithOneKey(string fixture)
    {
        CliRun run = CliRun.Invoke("audit", TestData.Path(fixture), "--as-of", "2026-11-21", "--format", "json");

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        string[] keys = [.. report.RootElement.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("key").GetString()!)];
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    // The files of a folder and of the folders under it, in the ordinal order a directory argument reads them in.
    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(TestData.Path(folder), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
