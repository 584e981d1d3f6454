using CertInspect.Evidence;
using CertInspect.Inputs;

namespace CertInspect.Tests.Inputs;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certinspect-expand-").FullName;

    [Fact]
    public void Expand_WalksDirectoriesInOrdinalOrderAndSkipsHiddenEntries()
    {
        Touch("b.csv");
        Touch("a/z.txt");
        Touch("a/B.txt");
        Touch(".git/config");
        Touch("a/.DS_Store");

        (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) = InputExpander.Expand([_root], () => Stream.Null);

        Assert.Empty(errors);
        Assert.Equal([$"{_root}/a/B.txt", $"{_root}/a/z.txt", $"{_root}/b.csv"], sources.Select(s => s.Name));
    }

    [Fact]
    public void Expand_KeepsArgumentOrder_AndReportsMissingPaths()
    {
        Touch("x.txt");
        string file = Path.Combine(_root, "x.txt");

        (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) =
            InputExpander.Expand([file, "-", "missing.csv"], () => Stream.Null);

        Assert.Equal([file, InputExpander.StandardInputName], sources.Select(s => s.Name));
        Assert.Equal(new InputError(new SourceLocation("missing.csv", null), "no such file or directory"), Assert.Single(errors));
    }

    [Fact]
    public void Expand_DirectoryLinkLoop_IsReadOnceAndReported()
    {
        Touch("d/serials.txt");
        Directory.CreateSymbolicLink(Path.Combine(_root, "d", "loop"), Path.Combine(_root, "d"));

        (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> errors) = InputExpander.Expand([_root], () => Stream.Null);

        Assert.Equal([$"{_root}/d/serials.txt"], sources.Select(s => s.Name));
        Assert.Contains("link loop", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_BrokenLink_IsListedAndFailsWhenRead()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "dangling.csv"), Path.Combine(_root, "gone.csv"));
        var sink = new CollectingSink();

        (IReadOnlyList<InputSource> sources, _) = InputExpander.Expand([_root], () => Stream.Null);
        CertInspect.Dispatch.InputReader.Read(Assert.Single(sources), sink);

        Assert.StartsWith("cannot read: ", Assert.Single(sink.Errors).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Touch(string relative)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "FOC1837X1Y2\n");
    }
}
