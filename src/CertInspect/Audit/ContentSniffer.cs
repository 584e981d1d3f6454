using System.Globalization;
using System.Text;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Inputs;
using CertInspect.Serials;
using CertInspect.Serials.Workbooks;

namespace CertInspect.Audit;

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
    private static readonly char[] _separators = [',', ';', '\t', '|'];

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

        // Output copied into a ticket, a Markdown page or a code comment is read as the device printed it.
        int indent = PastedText.CommonIndent(lines);
        string[] pasted = [.. lines.Select(l => PastedText.Unwrap(l.TrimEnd('\r'), indent))];

        // openssl output and pasted sessions put text before the PEM block: look for it anywhere in the head.
        if (lines.Any(l => l.TrimStart().StartsWith(PemBegin, StringComparison.Ordinal)) || IsBase64Der(lines))
        {
            // A console session that printed certificates as PEM (a SUDI chain) is a capture: its blocks are the
            // device's. Captures read CERTIFICATE blocks only; a session with PKCS #7 stays a certificate file.
            bool certificateBlocksOnly = lines.Where(l => l.TrimStart().StartsWith(PemBegin, StringComparison.Ordinal))
                .All(l => l.Trim() == PemBegin + "CERTIFICATE-----");
            return certificateBlocksOnly && CaptureShape.HasCommandLine(pasted)
                ? new DetectedContent(ContentKind.Capture) { PasteIndent = indent }
                : new DetectedContent(ContentKind.Certificates);
        }

        // Documents of other kinds are one input of a kind CertInspect does not read, never one error per line. A
        // README that quotes console sessions must not pass for a capture: it is looked at before captures.
        // RESTCONF JSON and NETCONF XML of the system-integrity model carry the device's SUDI chain.
        if (YangCertificateDocument.FormatOf(text) is not null)
        {
            return new DetectedContent(ContentKind.Certificates);
        }

        // A ticket or a page that quotes device output (in a code fence, behind "> ") is that output: read as a capture.
        bool capture = CaptureShape.Recognise(pasted);
        if (OtherDocument(lines) is { } other && !(capture && other == MarkdownDocument))
        {
            return Unsupported($"{other}: a kind of input CertInspect does not read (it reads serial lists, CSV inventories, certificates and console captures)");
        }

        if (capture)
        {
            return new DetectedContent(ContentKind.Capture) { PasteIndent = indent };
        }

        // Reports (Cisco Prime, Catalyst Center) put title lines above the header: the header is the first row, within
        // the first lines, that has a serial column.
        if (HeaderRow(lines, columns) is { } header)
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
                return Array.IndexOf(_separators, trimmed[^1]) >= 0
                    ? new DetectedContent(ContentKind.InventoryCsv, trimmed[^1], lineNumber)
                    : Unsupported(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: the separator hint '{trimmed}' names none of , ; tab |"));
            }

            // A header names two columns at least: "Hi all," is a sentence, not a CSV header.
            if (CountOutsideQuotes(line) is { } separator && line.Split(separator).Count(f => f.Trim().Length > 0) >= 2)
            {
                return new DetectedContent(ContentKind.InventoryCsv, separator, i) { ExcelTextCells = ExcelTextCells.Present(text) };
            }

            if (InventoryColumns.IsSerialHeader(trimmed))
            {
                return new DetectedContent(ContentKind.InventoryCsv, ',', i);
            }

            if (trimmed.Length <= LongestSerialLine)
            {
                return NotMostlySerials(lines, i) is { } problem ? Unsupported(problem) : new DetectedContent(ContentKind.SerialList);
            }

            return Unsupported(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is neither a serial number nor a CSV header: '{Shorten(trimmed)}'"));
        }

        return new DetectedContent(ContentKind.Empty, Problem: "no serials: the file holds only blank lines and comments");
    }

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

    // The separator that occurs most outside quoted text, preferring the earlier in _separators on a tie.
    private static char? CountOutsideQuotes(string line)
    {
        Span<int> counts = stackalloc int[_separators.Length];
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                int index = Array.IndexOf(_separators, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        int best = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : _separators[best];
    }

    // Bare base64 of DER: every line base64, the first starting "MII" (a SEQUENCE with a two-byte length).
    private static bool IsBase64Der(string[] lines)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return content.Count > 0
            && content[0].StartsWith(Base64DerStart, StringComparison.Ordinal)
            && content.All(l => l.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='));
    }

    private const int HeaderSearchLines = 30;

    private static (char Separator, int Index)? HeaderRow(string[] lines, ColumnMapping? columns)
    {
        for (int i = 0; i < Math.Min(lines.Length, HeaderSearchLines); i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith(ExcelSeparatorHint, StringComparison.OrdinalIgnoreCase))
            {
                // Excel's separator hint decides the separator: the line-by-line reading below honours it.
                return null;
            }

            if (CountOutsideQuotes(line) is { } separator
                && InventoryColumns.Map(line.Split(separator).Select(c => c.Trim().Trim('"')).ToList(), columns) is not null)
            {
                return (separator, i);
            }
        }

        return null;
    }

    // JSON and XML (a policy, a rules file, an export CertInspect does not know) and Markdown (fences, tables,
    // second-level headings: a serial list's "# comment" alone is not Markdown).
    private static string? OtherDocument(string[] lines)
    {
        string first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        if (first.StartsWith('{') || (first.StartsWith('[') && !first.StartsWith("[*", StringComparison.Ordinal)))
        {
            return "JSON";
        }

        if (first.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || (first.StartsWith('<') && first.EndsWith('>')))
        {
            return "XML";
        }

        bool markdown = lines.Any(l =>
        {
            string line = l.TrimEnd('\r');
            return line.StartsWith("```", StringComparison.Ordinal)
                || line.StartsWith("## ", StringComparison.Ordinal)
                || (line.StartsWith('|') && line.Contains("---", StringComparison.Ordinal) && line.Trim().All(c => c is '|' or '-' or ':' or ' '));
        });
        return markdown ? MarkdownDocument : null;
    }

    private const string MarkdownDocument = "Markdown";

    // How many lines a serial list is judged on, and how many of them must be serial-shaped.
    private const int SerialListSample = 50;

    /// <summary>
    /// A serial list is a list of serials: when most of its first lines are not serial-shaped (prose, a heading,
    /// key-value text, a table), it is not one, and every line as an input error would say nothing. Null when it is.
    /// </summary>
    private static string? NotMostlySerials(string[] lines, int first)
    {
        var candidates = new List<(int Number, string Text)>();
        for (int i = first; i < lines.Length && candidates.Count < SerialListSample; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith(CommentPrefix, StringComparison.Ordinal))
            {
                candidates.Add((i + 1, trimmed));
            }
        }

        var others = candidates.Where(c => !SerialShaped(c.Text)).ToList();
        if (others.Count * 2 <= candidates.Count)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"not a serial list: {others.Count} of its first {candidates.Count} lines are not serial numbers (line {others[0].Number}: '{Shorten(others[0].Text)}'); it reads as text of another kind (CertInspect reads serial lists, CSV inventories, certificates and console captures)");
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
