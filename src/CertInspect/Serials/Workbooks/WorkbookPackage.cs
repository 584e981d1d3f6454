using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// A zip opened as an Office Open XML package (ECMA-376 Part 2): its parts by name (compared ignoring case, as OPC
/// part names are), each opened, within the bounds of <see cref="WorkbookLimits"/>, as safe XML (<see cref="WorkbookXml"/>),
/// and the relationships that lead from the package to the workbook and from the workbook to its sheets.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    private const string OfficeDocumentType = "/officeDocument";
    private const string DefaultWorkbook = "xl/workbook.xml";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(StringComparer.OrdinalIgnoreCase);

    private WorkbookPackage(ZipArchive zip)
    {
        _zip = zip;
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            _parts.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    /// <summary>The part names, in the zip's order.</summary>
    public IEnumerable<string> PartNames => _zip.Entries.Select(e => e.FullName);

    /// <summary>Opens a zip (a seekable stream, left open). A zip that is not a zip throws InvalidDataException.</summary>
    public static WorkbookPackage Open(Stream zip)
    {
        if (ZipDirectory.EntryCount(zip) is > WorkbookLimits.MaxEntries and var entries)
        {
            throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"the zip holds {entries:N0} files; a workbook has a few per sheet, and zips of over {WorkbookLimits.MaxEntries:N0} are not read"));
        }

        zip.Position = 0;
        return new WorkbookPackage(new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true));
    }

    public bool Has(string part) => _parts.ContainsKey(part);

    /// <summary>The workbook part: the package's officeDocument relationship's target (ECMA-376 Part 2 §9.3), else
    /// xl/workbook.xml; null when the zip has neither (it is not a workbook).</summary>
    public string? WorkbookPart()
    {
        string? target = Relationships("_rels/.rels", string.Empty)
            .FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal)).Target;
        return target is not null && Has(target) && target.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            ? target
            : Has(DefaultWorkbook) ? DefaultWorkbook : null;
    }

    /// <summary>A part's relationships (its _rels/NAME.rels), targets resolved against the part's folder.</summary>
    public IReadOnlyList<(string Id, string Type, string Target)> RelationshipsOf(string part)
    {
        int slash = part.LastIndexOf('/');
        string folder = slash < 0 ? string.Empty : part[..(slash + 1)];
        return Relationships($"{folder}_rels/{part[(slash + 1)..]}.rels", folder);
    }

    /// <summary>The part opened last (parts are read one after another): the one an XmlException is about.</summary>
    public string? OpenedPart { get; private set; }

    /// <summary>A part as XML, bounded; the caller disposes it.</summary>
    public XmlReader OpenXml(string part)
    {
        ZipArchiveEntry entry = _parts[part];
        OpenedPart = part;

        // ZipArchive inflates an entry up to the size the zip's directory states and no further (its DeflateStream is
        // given that size): a part that states more than its bound is refused unopened, and one that understates
        // its size is cut there, its XML ending early.
        long limit = Math.Min(WorkbookLimits.MaxPartBytes, Math.Max(WorkbookLimits.RatioFreeBytes, entry.CompressedLength * WorkbookLimits.MaxInflateRatio));
        if (entry.Length > limit)
        {
            string why = limit == WorkbookLimits.MaxPartBytes
                ? string.Create(CultureInfo.InvariantCulture, $", over the {WorkbookLimits.MaxPartBytes >> 20:N0} MiB a part may have")
                : string.Create(CultureInfo.InvariantCulture, $" from {entry.CompressedLength:N0} bytes, over {WorkbookLimits.MaxInflateRatio} times its compressed size (a zip bomb)");
            throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{part} is not read: its zip entry says it inflates to {entry.Length >> 20:N0} MiB{why}"));
        }

        return WorkbookXml.Create(entry.Open());
    }

    public void Dispose() => _zip.Dispose();

    private List<(string Id, string Type, string Target)> Relationships(string relsPart, string folder)
    {
        var found = new List<(string, string, string)>();
        if (!Has(relsPart))
        {
            return found;
        }

        using XmlReader xml = OpenXml(relsPart);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("TargetMode") is not "External"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Type") is { } type && xml.GetAttribute("Target") is { } target)
            {
                found.Add((id, type, Resolve(folder, target)));
            }
        }

        return found;
    }

    // A target is relative to the folder of the part that names it, or absolute from the package root (RFC 3986 §5.2).
    private static string Resolve(string folder, string target)
    {
        string path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (string segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
