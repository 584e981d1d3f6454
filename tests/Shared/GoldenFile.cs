using System.Runtime.CompilerServices;

namespace CertInspect.Testing;

/// <summary>
/// Compares output with an expected file kept in the Golden folder beside the calling test. With UPDATE_GOLDEN=1 the
/// file is rewritten instead, and the change is reviewed in the diff like code.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden");
        string path = Path.Combine(directory, name);
        if (string.Equals(Environment.GetEnvironmentVariable(UpdateVariable), "1", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run the tests with {UpdateVariable}=1 and review the new file.");
        string expected = File.ReadAllText(path);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            // Name the first differing line: a whole-report assertion diff is unreadable.
            string[] expectedLines = expected.Split('\n');
            string[] actualLines = actual.Split('\n');
            int line = 0;
            while (line < Math.Min(expectedLines.Length, actualLines.Length) && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
            {
                line++;
            }

            Assert.Fail(
                $"{name} differs from its golden file at line {line + 1}:\n" +
                $"expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
                $"actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n" +
                $"If the change is intended, rerun with {UpdateVariable}=1 and review the diff.");
        }
    }
}
