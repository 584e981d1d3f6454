namespace CertInspect.Testing;

/// <summary>A file in the temporary folder, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>A path that does not exist yet, with the given extension.</summary>
    public static TempFile Reserve(string extension) =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"certinspect-{Guid.NewGuid():N}{extension}"));

    public static TempFile WithText(string text, string extension = ".json")
    {
        TempFile file = Reserve(extension);
        File.WriteAllText(file.Path, text);
        return file;
    }

    public static TempFile WithBytes(byte[] bytes, string extension)
    {
        TempFile file = Reserve(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
