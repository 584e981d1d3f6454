using System.Text;
using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// How every XML part of a workbook is read: no DTD (a DOCTYPE is an error, so no entity is ever declared, expanded
/// or fetched: no external entities, no "billion laughs"), nothing resolved, text read in chunks so that one
/// oversized text costs no more memory than the limit it is checked against.
/// </summary>
internal static class WorkbookXml
{
    // Settings of its own for each reader: workbooks are read on several threads at once (small files are read ahead).
    public static XmlReader Create(Stream part) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>What went wrong in a part, in words for the user: the parser's message, or what a DTD is doing there.</summary>
    public static string Problem(string part, XmlException e) =>
        e.Message.Contains("DTD", StringComparison.Ordinal)
            ? $"{part} declares a DTD: a workbook part never does, and its entities are not expanded or fetched"
            : $"{part} is not well-formed XML: {e.Message}";

    /// <summary>
    /// Appends the text of the element the reader is on (a &lt;v&gt; or &lt;t&gt;) to text, and leaves the reader on its
    /// end tag. Returns false, having appended only the first <paramref name="max"/> characters, when it is longer.
    /// </summary>
    public static bool AppendText(XmlReader reader, StringBuilder text, int max, char[] buffer)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        int depth = reader.Depth;
        bool fits = true;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            int n;
            while ((n = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                int room = max - text.Length;
                fits &= n <= room;
                text.Append(buffer, 0, Math.Min(n, Math.Max(room, 0)));
            }
        }

        return fits;
    }

    /// <summary>
    /// Appends the text of a rich-text element (a shared string's &lt;si&gt;, an inline string's &lt;is&gt;): its
    /// &lt;t&gt; and the &lt;t&gt; of its runs, not its phonetic guides (ECMA-376 §18.4.6, rPh). Leaves the reader on its end tag.
    /// </summary>
    public static bool AppendRichText(XmlReader reader, StringBuilder text, int max, char[] buffer)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        int depth = reader.Depth;
        bool fits = true;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                fits &= AppendText(reader, text, max, buffer);
            }

            if (!reader.Read())
            {
                break;
            }
        }

        return fits;
    }
}
