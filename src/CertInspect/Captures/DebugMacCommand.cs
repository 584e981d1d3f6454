using System.Text.RegularExpressions;
using CertInspect.Evidence;

namespace CertInspect.Captures;

/// <summary>
/// AireOS "debug mac addr 1c:6a:7a:5a:73:90" (also "address"): the debugs that follow are limited to that AP (or
/// client) — the AP the controller's log is about, known by its MAC (Cisco Wireless Controller command reference).
/// </summary>
internal static partial class DebugMacCommand
{
    /// <summary>The MAC the command names; null for any other text.</summary>
    public static string? MacOf(string typed) =>
        typed.StartsWith("debug", StringComparison.OrdinalIgnoreCase) && DebugMac().Match(typed.Trim()) is { Success: true } debug
            ? MacAddress.Normalize(debug.Groups["mac"].Value)
            : null;

    // A page may leave its emphasis around the MAC ("00:1d:45:36:97:30_").
    [GeneratedRegex(@"^debug\s+mac\s+addr(?:ess)?\s+(?<mac>[_*]?[0-9A-Fa-f:.\-]{12,17}[_*]?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DebugMac();
}
