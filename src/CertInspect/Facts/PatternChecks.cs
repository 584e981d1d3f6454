namespace CertInspect.Facts;

/// <summary>
/// Which facts entries have their patterns compiled when the data loads: those a user's file gives (a bad pattern
/// is refused then, naming the file), and the built-in file's only when asked. Building NonBacktracking regexes for
/// every built-in pattern was most of the start-up (bench/README.md); a test checks the built-in file
/// instead (FactsLoaderTests), and each pattern is built when first matched (<see cref="DataPattern"/>).
/// </summary>
internal sealed class PatternChecks
{
    private readonly bool _all;

    // By reference: an entry a user's file gives replaces the built-in entry of its id in the merged facts.
    private readonly HashSet<object> _supplied = new(ReferenceEqualityComparer.Instance);

    // By text: markers are merged as distinct strings, so the one kept may be the built-in file's copy of a user's.
    private readonly HashSet<string> _suppliedMarkers = new(StringComparer.Ordinal);

    /// <param name="files">The built-in file first, then the user's.</param>
    /// <param name="checkBuiltIn">Whether the built-in file's entries are checked too.</param>
    public PatternChecks(IReadOnlyList<FactsFile> files, bool checkBuiltIn)
    {
        _all = checkBuiltIn;
        foreach (FactsDocument supplied in files.Skip(1).Select(f => f.Document))
        {
            _supplied.UnionWith(supplied.ModelFamilies);
            _supplied.UnionWith(supplied.NotDateCoded);
            _supplied.UnionWith(supplied.CertificatePurposes);
            _supplied.UnionWith(supplied.ControllerPlatforms);
            _supplied.UnionWith(supplied.DeviceKindEvidence);
            _suppliedMarkers.UnionWith(supplied.Captures?.AccessPointLogMarkers ?? []);
            _suppliedMarkers.UnionWith(supplied.Captures?.ControllerLogMarkers ?? []);
            _suppliedMarkers.UnionWith(supplied.Captures?.ControllerSoftwareBanners ?? []);
        }
    }

    /// <summary>Whether the patterns of a merged entry are checked.</summary>
    public bool Of(object entry) => _all || _supplied.Contains(entry);

    /// <summary>Whether a capture marker (a log marker or a controller software banner) is checked.</summary>
    public bool OfMarker(string marker) => _all || _suppliedMarkers.Contains(marker);
}
