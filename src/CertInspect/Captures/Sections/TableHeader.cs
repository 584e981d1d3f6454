namespace CertInspect.Captures.Sections;

/// <summary>The header line of a table a device prints: columns set apart by runs of spaces, never by the commas,
/// semicolons, tabs or bars of a CSV inventory's header ("AP Name,Serial Number,Ethernet MAC" is no output).</summary>
internal static class TableHeader
{
    public static bool IsColumnHeader(string trimmed, string firstColumn) =>
        trimmed.StartsWith(firstColumn, StringComparison.OrdinalIgnoreCase)
        && trimmed.IndexOfAny([',', ';', '|', '\t']) < 0
        && trimmed.Contains("  ", StringComparison.Ordinal);
}
