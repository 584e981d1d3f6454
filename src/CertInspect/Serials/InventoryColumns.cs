namespace CertInspect.Serials;

/// <summary>
/// Which CSV columns mean what. Inventory tools name them freely ("Serial No.", "serial_number", "SN"), so names are
/// compared by their letters and digits only, ignoring case; the first synonym in each list that a header has wins.
/// Columns that match nothing are carried through to the report as they are.
/// </summary>
public sealed record InventoryColumns(int Serial, int? Name, int? Model, int? Mac, int? Site, IReadOnlyList<int> Extra)
{
    private static readonly string[] _serialNames =
        ["serial", "serialnumber", "serialno", "serialnum", "sn", "apserialnumber", "apserial", "chassisserialnumber", "chassisserial"];

    private static readonly string[] _modelNames =
        ["productid", "pid", "productnumber", "productidentifier", "model", "apmodel", "modelnumber", "partnumber", "partno", "devicemodel", "platform", "hardware", "devicetype", "type"];

    private static readonly string[] _nameNames =
        ["apname", "name", "hostname", "devicename"];

    private static readonly string[] _macNames =
        ["ethernetmac", "ethernetmacaddress", "apethernetmac", "apethernetmacaddress", "mac", "macaddress", "basemac", "basemacaddress", "wiredmac", "apmac", "apmacaddress"];

    private static readonly string[] _siteNames =
        ["site", "sitename", "location", "aplocation", "building"];

    public static bool IsSerialHeader(string header) => _serialNames.Contains(Key(header), StringComparer.Ordinal);

    /// <summary>The column roles of a header row; null when no column holds serials.</summary>
    /// <param name="mapping">Headers the user named for some roles (--columns); the synonyms serve the others.</param>
    public static InventoryColumns? Map(IReadOnlyList<string> headers, ColumnMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string[] keys = headers.Select(Key).ToArray();
        int? Role(string role, string[] synonyms) => mapping?.HeaderFor(role) is { } named
            ? Exact(headers, named)
            : Find(keys, synonyms);

        int? serial = Role("serial", _serialNames);
        if (serial is null)
        {
            return null;
        }

        int? name = Role("name", _nameNames);
        int? model = Role("model", _modelNames);
        int? mac = Role("mac", _macNames);
        int? site = Role("site", _siteNames);
        var used = new HashSet<int?> { serial, name, model, mac, site };
        var extra = Enumerable.Range(0, headers.Count)
            .Where(i => !used.Contains(i) && !string.IsNullOrWhiteSpace(headers[i]))
            .ToList();
        return new InventoryColumns(serial.Value, name, model, mac, site, extra);
    }

    /// <summary>The names a serial column may have, as the user would write them, for error messages.</summary>
    public static string SerialColumnExamples => "Serial, Serial Number, Serial No., SN, serial_number";

    private static int? Exact(IReadOnlyList<string> headers, string named)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), named, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    private static int? Find(string[] keys, string[] synonyms)
    {
        foreach (string synonym in synonyms)
        {
            int index = Array.IndexOf(keys, synonym);
            if (index >= 0)
            {
                return index;
            }
        }

        return null;
    }

    private static string Key(string header) =>
        string.Concat(header.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
