namespace CertInspect.Tests.Architecture;

/// <summary>
/// The floors of the library, bottom first (docs/ARCHITECTURE.md). A type may name types of its own folder and of
/// lower floors only: never a higher floor, never a sibling folder on the same floor.
/// </summary>
internal static class Floors
{
    public static IReadOnlyDictionary<string, int> ByFolder { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Concurrency"] = 0,
        ["Facts"] = 1,
        ["Evidence"] = 2,
        ["Inputs"] = 3,
        ["Serials"] = 4,
        ["Certificates"] = 4,
        ["Captures"] = 4,
        ["Dispatch"] = 5,
        ["Fleet"] = 6,
        ["Rules"] = 7,
        ["Reporting"] = 8,
        ["Audit"] = 9,
        ["Acceptance"] = 9,
        ["Comparison"] = 9,
    };

    /// <summary>Why a reference from one folder to another is not allowed; null when it is.</summary>
    public static string? Breach(string from, string to)
    {
        int fromFloor = ByFolder[from];
        int toFloor = ByFolder[to];
        if (toFloor > fromFloor)
        {
            return $"{from} (floor {fromFloor}) may not name {to} (floor {toFloor}): a lower floor never names a higher one";
        }

        return toFloor == fromFloor && !string.Equals(from, to, StringComparison.Ordinal)
            ? $"{from} and {to} share floor {fromFloor}: siblings do not name each other"
            : null;
    }
}
