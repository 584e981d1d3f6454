using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CertInspect.Tests.Architecture;

/// <summary>
/// The source tree reads like the architecture (docs/ARCHITECTURE.md): one concept per file, at most
/// <see cref="MaximumLines"/> lines, named for the type it declares, in the namespace of its folder.
/// </summary>
public sealed partial class SourceLayoutTests
{
    public const int MaximumLines = 300;

    // Each project folder and the namespace its root folder has; a sub-folder adds its name.
    private static readonly Dictionary<string, string> _rootNamespaces = new(StringComparer.Ordinal)
    {
        ["src/CertInspect"] = "CertInspect",
        ["src/CertInspect.Cli"] = "CertInspect.Cli",
        ["tests/CertInspect.Tests"] = "CertInspect.Tests",
        ["tests/CertInspect.Cli.Tests"] = "CertInspect.Cli.Tests",
        ["tests/Shared"] = "CertInspect.Testing",
    };

    [Fact]
    public void Source_EveryFile_HasAtMostTheLineLimit()
    {
        string[] over = SourceFiles()
            .Select(f => (f.Path, Lines: File.ReadAllLines(f.FullPath).Length))
            .Where(f => f.Lines > MaximumLines)
            .Select(f => $"{f.Path}: {f.Lines} lines")
            .ToArray();

        Assert.True(over.Length == 0, $"Files over {MaximumLines} lines (split them by concept):\n" + string.Join("\n", over));
    }

    [Fact]
    public void Source_EveryFile_IsNamedForTheTypeItDeclares()
    {
        // "CaptureReader.Run.cs" is a part of CaptureReader; Program.cs holds top-level statements.
        string[] misnamed = SourceFiles()
            .Where(f => !string.Equals(Path.GetFileName(f.Path), "Program.cs", StringComparison.Ordinal))
            .Select(f => (f.Path, Stem: Path.GetFileName(f.Path).Split('.')[0], Declared: TopLevelTypes(File.ReadAllText(f.FullPath))))
            .Where(f => !f.Declared.Contains(f.Stem, StringComparer.Ordinal))
            .Select(f => $"{f.Path} declares {(f.Declared.Count == 0 ? "no type" : string.Join(", ", f.Declared))}")
            .ToArray();

        Assert.True(misnamed.Length == 0, "Files not named for their type:\n" + string.Join("\n", misnamed));
    }

    [Fact]
    public void Source_EveryNamespace_FollowsItsFolder()
    {
        string[] misplaced = SourceFiles()
            .Select(f => (f.Path, Declared: NamespaceDeclaration().Match(File.ReadAllText(f.FullPath)) is { Success: true } m ? m.Groups[1].Value : null, Expected: ExpectedNamespace(f.Path)))
            .Where(f => f.Declared is not null && !string.Equals(f.Declared, f.Expected, StringComparison.Ordinal))
            .Select(f => $"{f.Path}: namespace {f.Declared}, expected {f.Expected}")
            .ToArray();

        Assert.True(misplaced.Length == 0, "Namespaces that do not follow their folder:\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void Tests_NamedForALibraryType_MirrorItsFolder()
    {
        // "Fleet/DeviceRecordBuilder.Capture.cs" → DeviceRecordBuilder in "Fleet".
        var folders = SourceFiles()
            .Where(f => f.Path.StartsWith("src/CertInspect/", StringComparison.Ordinal))
            .GroupBy(f => Path.GetFileName(f.Path).Split('.')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Path.GetDirectoryName(g.First().Path)!["src/CertInspect".Length..], StringComparer.Ordinal);
        string[] astray = SourceFiles()
            .Where(f => f.Path.StartsWith("tests/CertInspect.Tests/", StringComparison.Ordinal) && f.Path.EndsWith("Tests.cs", StringComparison.Ordinal))
            .Select(f => (f.Path, Folder: Path.GetDirectoryName(f.Path)!["tests/CertInspect.Tests".Length..], Type: Path.GetFileName(f.Path)[..^"Tests.cs".Length]))
            .Where(f => folders.TryGetValue(f.Type, out string? folder) && !string.Equals(folder, f.Folder, StringComparison.Ordinal))
            .Select(f => $"{f.Path}: {f.Type} is in src/CertInspect{folders[f.Type]}")
            .ToArray();

        Assert.True(astray.Length == 0, "Tests of a type outside the folder that mirrors the type's:\n" + string.Join("\n", astray));
    }

    [Fact]
    public void TopLevelTypes_NamesTheTypesAFileDeclares()
    {
        Assert.Equal(["IReportWriter"], TopLevelTypes("namespace X;\n\n/// <summary>A.</summary>\npublic interface IReportWriter : IReportWriter<Report>\n{\n    bool PrintsSummary { get; }\n}\n"));
        Assert.Equal(["CaptureReader"], TopLevelTypes("internal sealed partial class CaptureReader\n{\n    private sealed record Nested(int A);\n}\n"));
        Assert.Equal(["Pkcs12PasswordSource"], TopLevelTypes("public delegate string? Pkcs12PasswordSource(string? rejected);\n"));
    }

    // Every .cs file of the projects, as a path from the repository's root and a full path.
    private static IEnumerable<(string Path, string FullPath)> SourceFiles()
    {
        string root = RepositoryRoot();
        return _rootNamespaces.Keys
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            .Select(full => (Path: Path.GetRelativePath(root, full).Replace('\\', '/'), FullPath: full))
            .Where(f => !f.Path.Contains("/obj/", StringComparison.Ordinal) && !f.Path.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    private static string ExpectedNamespace(string path)
    {
        string project = _rootNamespaces.Keys.Where(p => path.StartsWith(p + "/", StringComparison.Ordinal)).MaxBy(p => p.Length)!;
        string? folder = Path.GetDirectoryName(path[(project.Length + 1)..]);
        return string.IsNullOrEmpty(folder) ? _rootNamespaces[project] : _rootNamespaces[project] + "." + folder.Replace('/', '.').Replace('\\', '.');
    }

    private static List<string> TopLevelTypes(string source) =>
        [.. TopLevelTypeDeclaration().Matches(source).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    // The source tree this test was compiled from: the folder above it that holds the solution.
    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        string? folder = Path.GetDirectoryName(here);
        while (folder is not null && !File.Exists(Path.Combine(folder, "CertInspect.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException($"No CertInspect.sln above {here}.");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();

    // A declaration that starts a line (file-scoped namespaces leave top-level types unindented; nested ones are indented).
    [GeneratedRegex(@"^(?:(?:public|internal|file|static|sealed|abstract|partial|readonly|ref|unsafe)\s+)*(?:class|record(?:\s+struct|\s+class)?|struct|interface|enum|delegate\s+[\w<>?,\s\[\]]+?)\s+(\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelTypeDeclaration();
}
