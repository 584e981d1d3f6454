using System.Globalization;
using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Dispatch;

/// <summary>
/// A zip handed to the workbook reader. A zip's directory is at its end, so the reader needs a stream that seeks: a
/// file is read where it lies; standard input (or a pipe) is first copied to a temporary file, deleted when closed.
/// </summary>
internal static class WorkbookInput
{
    /// <summary>A larger zip on standard input is not copied: an inventory workbook is megabytes.</summary>
    public const long MaxCopiedBytes = 1L << 30;

    /// <param name="raw">The source as opened, its head already read.</param>
    /// <param name="whole">The source from its first byte (the head, then the rest of raw).</param>
    public static InputSummaryCounts Read(Stream raw, Stream whole, string source, IEvidenceSink sink, ColumnMapping? columns)
    {
        if (raw.CanSeek)
        {
            return Counts(InventoryXlsxReader.Read(raw, source, sink, columns));
        }

        string path = Path.Combine(Path.GetTempPath(), $"certinspect-{Guid.NewGuid():N}.xlsx");
        using var copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = whole.Read(buffer)) > 0)
        {
            if (copy.Length + read > MaxCopiedBytes)
            {
                sink.Reject(new InputError(new SourceLocation(source, null), string.Create(CultureInfo.InvariantCulture, $"a zip archive larger than {MaxCopiedBytes >> 20} MiB on standard input: not read (give it as a file)")));
                return new("unsupported", 0);
            }

            copy.Write(buffer, 0, read);
        }

        return Counts(InventoryXlsxReader.Read(copy, source, sink, columns));
    }

    private static InputSummaryCounts Counts((bool IsWorkbook, long Rows) read) =>
        new(read.IsWorkbook ? "inventory-xlsx" : "unsupported", read.Rows);
}
