using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// What the workbook part says (ECMA-376 §18.2): its worksheets in tab order with the part each lives in, its shared
/// strings and styles parts, and whether its dates count from 1904 (§18.2.28, date1904).
/// </summary>
internal sealed record WorkbookParts(IReadOnlyList<(string Name, string Part)> Sheets, string? SharedStrings, string? Styles, bool Date1904)
{
    private const string WorksheetType = "/worksheet";
    private const string SharedStringsType = "/sharedStrings";
    private const string StylesType = "/styles";

    public static WorkbookParts Read(WorkbookPackage package, string workbookPart)
    {
        var relationships = package.RelationshipsOf(workbookPart);
        string? Target(string id, string type) => relationships
            .FirstOrDefault(r => r.Id == id && r.Type.EndsWith(type, StringComparison.Ordinal)).Target;
        string? OfType(string type) => relationships
            .FirstOrDefault(r => r.Type.EndsWith(type, StringComparison.Ordinal) && package.Has(r.Target)).Target;

        var sheets = new List<(string, string)>();
        bool date1904 = false;
        using (XmlReader xml = package.OpenXml(workbookPart))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "workbookPr")
                {
                    date1904 = xml.GetAttribute("date1904") is "1" or "true";
                }
                else if (xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name && RelationshipId(xml) is { } id
                    && Target(id, WorksheetType) is { } part && package.Has(part))
                {
                    // Chart sheets and dialog sheets have no cells: only worksheets are read.
                    sheets.Add((name, part));
                }
            }
        }

        return new WorkbookParts(sheets, OfType(SharedStringsType), OfType(StylesType), date1904);
    }

    // r:id, in the transitional relationships namespace or the strict one (ISO/IEC 29500-1 strict): any namespace.
    private static string? RelationshipId(XmlReader xml)
    {
        for (bool more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
            {
                string id = xml.Value;
                xml.MoveToElement();
                return id;
            }
        }

        xml.MoveToElement();
        return null;
    }
}
