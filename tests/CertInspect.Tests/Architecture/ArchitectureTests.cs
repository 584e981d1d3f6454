using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace CertInspect.Tests.Architecture;

public sealed class ArchitectureTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LibraryReference> _references = LibraryReference.InLibrary();

    [Fact]
    public void Library_EveryFolder_HasAFloor()
    {
        string[] unplaced = _references.SelectMany(r => new[] { r.FromFolder, r.ToFolder })
            .Distinct(StringComparer.Ordinal)
            .Where(folder => !Floors.ByFolder.ContainsKey(folder))
            .ToArray();

        Assert.True(unplaced.Length == 0, $"Folders with no floor in Architecture/Floors.cs and docs/ARCHITECTURE.md: {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void Library_NoTypeNamesAHigherFloorOrASibling()
    {
        string[] breaches = _references
            .Where(r => Floors.ByFolder.ContainsKey(r.FromFolder) && Floors.ByFolder.ContainsKey(r.ToFolder))
            .Select(r => Floors.Breach(r.FromFolder, r.ToFolder) is { } why ? $"{r.FromType} names {r.ToType}: {why}" : null)
            .OfType<string>()
            .ToArray();

        Assert.True(breaches.Length == 0, "References that climb the floors:\n" + string.Join("\n", breaches));
    }

    [Fact]
    public void Library_NoTwoFoldersNameEachOther()
    {
        var pairs = _references.Where(r => r.FromFolder != r.ToFolder).Select(r => (r.FromFolder, r.ToFolder)).ToHashSet();
        string[] mutual = pairs.Where(p => string.CompareOrdinal(p.FromFolder, p.ToFolder) < 0 && pairs.Contains((p.ToFolder, p.FromFolder)))
            .Select(p => $"{p.FromFolder} <-> {p.ToFolder}")
            .ToArray();

        Assert.True(mutual.Length == 0, "Folders that name each other: " + string.Join(", ", mutual));
    }

    /// <summary>
    /// Prints the folder dependency table (how many distinct type pairs reference each other) for the docs:
    /// <c>dotnet test tests/CertInspect.Tests --filter ArchitectureTests --logger "console;verbosity=detailed"</c>.
    /// </summary>
    [Fact]
    public void Library_FolderDependencyTable_CoversEveryFolder()
    {
        string[] folders = Floors.ByFolder.OrderBy(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key).ToArray();
        var counts = _references.Where(r => r.FromFolder != r.ToFolder)
            .GroupBy(r => (r.FromFolder, r.ToFolder))
            .ToDictionary(g => g.Key, g => g.Count());
        var table = new StringBuilder();
        table.Append("| from \\ to | ").AppendJoin(" | ", folders).AppendLine(" |");
        table.Append("|---|").AppendJoin(string.Empty, folders.Select(_ => "---|")).AppendLine();
        foreach (string from in folders)
        {
            table.Append("| ").Append(from).Append(" | ")
                .AppendJoin(" | ", folders.Select(to => counts.TryGetValue((from, to), out int n) ? n.ToString(CultureInfo.InvariantCulture) : string.Empty))
                .AppendLine(" |");
        }

        output.WriteLine(table.ToString());
        Assert.Equal(folders.Length, folders.Intersect(_references.Select(r => r.FromFolder)).Count());
    }
}
