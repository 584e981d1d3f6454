using System.Globalization;
using System.Text;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CsvHelper;

namespace CertInspect.Serials;

/// <summary>
/// Reads inventory CSVs as real tools export them, streaming with CsvHelper: any header naming (see
/// <see cref="InventoryColumns"/>), quoted fields, ragged rows. A row whose quoting is broken becomes an input
/// error with its line; rows whose every field is blank are skipped like blank lines; a row over
/// <see cref="MaxRecordBytes"/> never reaches CsvHelper (<see cref="LongLineFilter"/>), which cannot read on past
/// one: it is an input error, and reading goes on with the next row.
/// </summary>
public static class InventoryCsvReader
{
    /// <summary>A longer row is hostile or broken input: it becomes an input error instead of a device.</summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <param name="reader">The text after the lines before the header (the sniffer counts them).</param>
    /// <param name="linesBefore">How many lines of the file precede <paramref name="reader"/>'s text, for line numbers.</param>
    /// <returns>The number of data rows read, malformed ones included; -1 when the header row is refused (the error says why).</returns>
    /// <param name="mapping">Headers the user named for column roles (--columns), or null.</param>
    public static long Read(TextReader reader, string source, char separator, int linesBefore, IEvidenceSink sink, ColumnMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        var malformed = new List<CsvMalformedRecord>();
        CsvReaderOptions options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,

            // One stray quote must not swallow the rest of the file: a line break always ends the record.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            OnMalformedRecord = malformed.Add,
            FormatProvider = CultureInfo.InvariantCulture,
        };

        long rows = 0;

        // A line break always ends a record (above), so a line is a record: one over the limit is left out here.
        var lines = new LongLineFilter(reader, MaxRecordBytes);
        using CsvReader csv = CsvReader.Create(lines, options, leaveOpen: true);
        try
        {
            InventoryColumns? columns = InventoryColumns.Map(csv.Headers, mapping);
            if (columns is null)
            {
                ReportLong(lines, long.MaxValue, source, linesBefore, sink);
                string expected = mapping?.HeaderFor("serial") is { } named
                    ? $"the --columns mapping names the serial column '{named}', which this header row does not have"
                    : $"this header row has no serial column (expected one of: {InventoryColumns.SerialColumnExamples}; for other names, or another language, map them with --columns serial=HEADER,name=HEADER,model=HEADER,site=HEADER)";
                sink.Reject(new InputError(
                    new SourceLocation(source, linesBefore + 1),
                    $"{expected}; found: {string.Join(", ", csv.Headers)}"));
                return -1;
            }

            IReadOnlyList<string> headers = csv.Headers;
            while (csv.Read())
            {
                rows += ReportLong(lines, csv.LineNumber, source, linesBefore, sink);
                rows += ReportMalformed(malformed, source, linesBefore, sink);
                if (IsBlank(csv))
                {
                    continue;
                }

                rows++;

                var extra = new List<KeyValuePair<string, string>>(columns.Extra.Count);
                foreach (int index in columns.Extra)
                {
                    if (Cell(csv, index) is { } value)
                    {
                        extra.Add(new(headers[index], value));
                    }
                }

                // A stack's row may give each member's serial in one cell: each is a device of its own.
                string serialCell = csv.GetString(columns.Serial) ?? string.Empty;
                foreach (string serial in StackSerials.Split(serialCell))
                {
                    sink.Add(new InventoryObservation(
                        new SourceLocation(source, csv.LineNumber + linesBefore),
                        Encoding.UTF8.GetString(csv.RawRecord),
                        serial,
                        Cell(csv, columns.Name),
                        Cell(csv, columns.Model),
                        Cell(csv, columns.Mac),
                        Cell(csv, columns.Site),
                        extra));
                }
            }

            rows += ReportLong(lines, long.MaxValue, source, linesBefore, sink);
            rows += ReportMalformed(malformed, source, linesBefore, sink);
        }
        catch (CsvFormatException e)
        {
            // Not expected with the options above (bad quoting is skipped, long rows never arrive): said in our
            // words, where it happened, rather than in the library's.
            rows += ReportLong(lines, long.MaxValue, source, linesBefore, sink);
            rows += ReportMalformed(malformed, source, linesBefore, sink);
            sink.Reject(new InputError(
                new SourceLocation(source, (e.LineNumber > 0 ? e.LineNumber : rows + 2) + linesBefore),
                "the CSV cannot be read past this row; the rest of the file is not read"));
        }

        return rows;
    }

    // The rows over the limit before the given line (of the text after the lines before the header), in order.
    private static long ReportLong(LongLineFilter lines, long before, string source, int linesBefore, IEvidenceSink sink)
    {
        long count = 0;
        while (lines.Skipped.TryPeek(out (long Line, long Bytes) skipped) && skipped.Line < before)
        {
            lines.Skipped.Dequeue();
            sink.Reject(new InputError(
                new SourceLocation(source, skipped.Line + linesBefore),
                string.Create(CultureInfo.InvariantCulture, $"the row is {skipped.Bytes:N0} bytes long, over the {MaxRecordBytes >> 20} MiB a row may have: not read; reading goes on with the next row")));
            count++;
        }

        return count;
    }

    private static long ReportMalformed(List<CsvMalformedRecord> malformed, string source, int linesBefore, IEvidenceSink sink)
    {
        foreach (CsvMalformedRecord record in malformed)
        {
            string reason = record.Reason switch
            {
                CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
                CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
                CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
                CsvMalformedReason.LineBreakInQuotes => "a quoted field that runs over a line break",
                _ => $"malformed record ({record.Reason})",
            };
            sink.Reject(new InputError(
                new SourceLocation(source, record.LineNumber + linesBefore),
                $"the row is not valid CSV: {reason}",
                record.RawRecord));
        }

        int count = malformed.Count;
        malformed.Clear();
        return count;
    }

    private static bool IsBlank(CsvReader csv)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.GetSpan(i).Trim(" \t"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static string? Cell(CsvReader csv, int? index)
    {
        if (index is not { } i || i >= csv.FieldCount)
        {
            return null;
        }

        string? value = csv.GetString(i)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
