using System.Globalization;
using System.Text;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Inputs;
using CertInspect.Serials;
using CertInspect.Serials.Workbooks;

namespace CertInspect.Dispatch;

/// <summary>
/// Decides what a file holds from its first bytes: a CSV inventory (a header line with separators, or a lone serial
/// column header), a plain serial list (one short value per line), certificates, a console capture, or something this
/// version cannot read.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How much of a file is looked at.</summary>
    public const int HeadSize = 64 * 1024;

    /// <summary>A longer first line is not a serial: a list line is one serial, maybe spaced out, with a comment.</summary>
    private const int LongestSerialLine = 40;
    private const string CommentPrefix = "#";
    private const string ExcelSeparatorHint = "sep=";
    private const string PemBegin = "-----BEGIN ";
    private const string Base64DerStart = "MII";

    /// <param name="columns">Headers the user named for column roles (--columns): they find the header row too.</param>
    public static DetectedContent Sniff(ReadOnlySpan<byte> head, ColumnMapping? columns = null)
    {
        if (head.IsEmpty)
        {
            return new DetectedContent(ContentKind.Empty, Problem: "the file is empty");
        }

        // An .xlsx is a zip: whether it is a workbook, its parts tell (the reader). An .xls is refused by what it is.
        if (WorkbookSignature.IsZip(head))
        {
            return new DetectedContent(ContentKind.ZipArchive);
        }

        if (WorkbookSignature.LegacyOffice(head) is { } legacyOffice)
        {
            return Unsupported(legacyOffice);
        }

        (Encoding encoding, int bomLength) = DetectEncoding(head);
        if (bomLength == 0 || encoding is UTF8Encoding)
        {
            // X.690: DER, PKCS #7 and PKCS #12 all start with a SEQUENCE (0x30) whose length is long-form.
            if (bomLength == 0 && head.Length >= 2 && head[0] == 0x30 && head[1] is >= 0x80 and <= 0x84)
            {
                return new DetectedContent(ContentKind.Certificates);
            }

            int nul = head.IndexOf((byte)0);
            if (nul >= 0)
            {
                return Unsupported(string.Create(CultureInfo.InvariantCulture, $"binary data: a NUL byte at byte offset {nul}; expected a serial list, a CSV inventory or certificates"));
            }
        }

        string text = encoding.GetString(head[bomLength..]);
        string[] lines = text.Split('\n');

        // Output copied into a ticket, a Markdown page, a script's comments or a program's result is read as the
        // device printed it: the way it was pasted is the one under which most of its lines read as a capture's.
        (PasteStyle style, int captureLines) = CaptureShape.Style(lines);
        string[] pasted = [.. CaptureShape.Unwrapped(lines, style)];

        // openssl output and pasted sessions put text before the PEM block: look for it anywhere in the head.
        if (lines.Any(l => l.TrimStart().StartsWith(PemBegin, StringComparison.Ordinal)) || IsBase64Der(lines))
        {
            // A console session that printed certificates as PEM (a SUDI chain) is a capture: its blocks are the
            // device's. Captures read CERTIFICATE blocks only; a session with PKCS #7 stays a certificate file.
            bool certificateBlocksOnly = lines.Where(l => l.TrimStart().StartsWith(PemBegin, StringComparison.Ordinal))
                .All(l => l.Trim() == PemBegin + "CERTIFICATE-----");
            return certificateBlocksOnly && CaptureShape.HasCommandLine(pasted)
                ? new DetectedContent(ContentKind.Capture) { Paste = style }
                : new DetectedContent(ContentKind.Certificates);
        }

        // RESTCONF JSON and NETCONF XML of the system-integrity model carry the device's SUDI chain.
        if (YangCertificateDocument.FormatOf(text) is not null)
        {
            return new DetectedContent(ContentKind.Certificates);
        }

        // Documents of other kinds are one input of a kind CertInspect does not read, never one error per line. A
        // README that quotes console sessions is read as the sessions it quotes; a HAR or an SNMP trap never is.
        bool capture = captureLines > 0;
        if (TextDescription.Document(lines, text, style) is { } other && !(capture && other.MayHoldCapture))
        {
            return Unsupported($"{other.Name}: {NotRead}");
        }

        if (capture)
        {
            return new DetectedContent(ContentKind.Capture) { Paste = style };
        }

        // Reports (Cisco Prime, Catalyst Center) put title lines above the header: the header is the first row, within
        // the first lines, that has a serial column.
        if (CsvShape.HeaderRow(lines, columns, ExcelSeparatorHint) is { } header)
        {
            return new DetectedContent(ContentKind.InventoryCsv, header.Separator, header.Index) { ExcelTextCells = ExcelTextCells.Present(text) };
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            string trimmed = line.Trim();
            int lineNumber = i + 1;
            if (trimmed.Length == 0 || trimmed.StartsWith(CommentPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed.Length == ExcelSeparatorHint.Length + 1 && trimmed.StartsWith(ExcelSeparatorHint, StringComparison.OrdinalIgnoreCase))
            {
                // Found by the mutation suite: CsvHelper throws for a separator that is not printable ASCII.
                return CsvShape.IsSeparator(trimmed[^1])
                    ? new DetectedContent(ContentKind.InventoryCsv, trimmed[^1], lineNumber)
                    : Unsupported(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: the separator hint '{trimmed}' names none of , ; tab |"));
            }

            // A header heads a table: "Hi all," is a sentence and "Cisco AP Software, (ap3g3), 8.10" a banner, not
            // CSV headers; a header whose columns CertInspect does not know is told to map them with --columns.
            if (CsvShape.SeparatorOf(line) is { } separator && CsvShape.HeadsATable(lines, i, separator))
            {
                return CsvShape.IsCatalogue(line, separator)
                    ? Unsupported(string.Create(CultureInfo.InvariantCulture, $"a CSV catalogue of product types (line {lineNumber}: '{Shorten(trimmed)}'): no serial, name or MAC column, so no device; {NotRead}"))
                    : new DetectedContent(ContentKind.InventoryCsv, separator, i) { ExcelTextCells = ExcelTextCells.Present(text) };
            }

            if (InventoryColumns.IsSerialHeader(trimmed))
            {
                return new DetectedContent(ContentKind.InventoryCsv, ',', i);
            }

            if (trimmed.Length <= LongestSerialLine && MostlySerials(lines, i))
            {
                return new DetectedContent(ContentKind.SerialList);
            }

            return Unsupported(string.Create(CultureInfo.InvariantCulture, $"{TextDescription.Describe(lines)} (line {lineNumber}: '{Shorten(trimmed)}'): {NotRead}"));
        }

        return new DetectedContent(ContentKind.Empty, Problem: "no serials: the file holds only blank lines and comments");
    }

    private const string NotRead = "a kind of input CertInspect does not read (it reads serial lists, CSV inventories, certificates and console captures)";

    /// <summary>The encoding a byte order mark announces, and its length; UTF-8 without one.</summary>
    /// <summary>The offset of the first NUL byte, which no text holds (UTF-16 with its byte order mark aside): binary data; -1 for none.</summary>
    public static int BinaryAt(ReadOnlySpan<byte> head) => DetectEncoding(head) is (UTF8Encoding, _) or (_, 0) ? head.IndexOf((byte)0) : -1;

    public static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (Encoding.UTF8, 0);
    }

    // Bare base64 of DER: every line base64, the first starting "MII" (a SEQUENCE with a two-byte length).
    private static bool IsBase64Der(string[] lines)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return content.Count > 0
            && content[0].StartsWith(Base64DerStart, StringComparison.Ordinal)
            && content.All(l => l.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='));
    }

    // How many lines a serial list is judged on, and how many of them must be serial-shaped.
    private const int SerialListSample = 50;

    /// <summary>
    /// A serial list is a list of serials: when most of its first lines are not serial-shaped (prose, a heading,
    /// key-value text, a table), it is not one, and every line as an input error would say nothing.
    /// </summary>
    private static bool MostlySerials(string[] lines, int first)
    {
        var candidates = new List<string>();
        for (int i = first; i < lines.Length && candidates.Count < SerialListSample; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith(CommentPrefix, StringComparison.Ordinal))
            {
                candidates.Add(trimmed);
            }
        }

        return candidates.Count(c => !SerialShaped(c)) * 2 <= candidates.Count;
    }

    // One value of letters and digits, maybe spaced out or quoted, with at least one digit; a " #" comment may follow.
    private static bool SerialShaped(string line)
    {
        int comment = line.IndexOf(" #", StringComparison.Ordinal);
        string value = (comment >= 0 ? line[..comment] : line).Trim().Trim('"', '\'');
        int spaces = value.Count(c => c == ' ');
        string compact = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return spaces <= 3 && compact.Length is >= 4 and <= 24 && compact.All(char.IsAsciiLetterOrDigit) && compact.Any(char.IsAsciiDigit);
    }

    private static DetectedContent Unsupported(string problem) => new(ContentKind.Unsupported, Problem: problem);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
