using System.Globalization;
using System.Text;
using CertInspect.Captures;
using CertInspect.Captures.Sections;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Serials;

namespace CertInspect.Dispatch;

/// <summary>
/// Reads one source: sniffs its head for the content kind, then hands the whole stream to that kind's reader. A file
/// that cannot be read, or holds nothing usable, becomes one input error; the batch goes on.
/// </summary>
public static class InputReader
{
    /// <summary>A larger certificate file is not a certificate file: it is reported, not read into memory.</summary>
    public const int MaxCertificateFileBytes = 16 << 20;

    /// <param name="password">Asked for when a PKCS #12 file needs a password; returns null when there is none.</param>
    /// <param name="captures">The reader of console captures; null where captures are not read (they are then an input error).</param>
    public static InputSummaryCounts Read(InputSource source, IEvidenceSink sink, Pkcs12PasswordSource? password = null, CaptureReader? captures = null, ColumnMapping? columns = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var fileLocation = new SourceLocation(source.Name, null);
        try
        {
            using Stream raw = source.Open();
            byte[] head = new byte[ContentSniffer.HeadSize];
            int length = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            DetectedContent content = source.Kind is { } kind ? new DetectedContent(kind) : ContentSniffer.Sniff(head.AsSpan(0, length), columns);
            using var stream = new PrefixedStream(head, length, raw);

            switch (content.Kind)
            {
                case ContentKind.SerialList:
                {
                    using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    return new(content.KindName, SerialListReader.Read(reader, source.Name, sink));
                }

                case ContentKind.InventoryCsv:
                {
                    using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    for (int i = 0; i < content.LinesBeforeHeader; i++)
                    {
                        reader.ReadLine();
                    }

                    char separator = content.Separator ?? ',';
                    using TextReader cells = content.ExcelTextCells ? new ExcelTextCells(reader, separator) : TextReader.Null;
                    long rows = InventoryCsvReader.Read(content.ExcelTextCells ? cells : reader, source.Name, separator, content.LinesBeforeHeader, sink, columns);
                    if (rows == 0)
                    {
                        sink.Reject(new InputError(fileLocation, "the CSV has a header but no data rows"));
                    }

                    return new(content.KindName, Math.Max(rows, 0));
                }

                case ContentKind.ZipArchive:
                    return WorkbookInput.Read(raw, stream, source.Name, sink, columns);

                case ContentKind.Certificates:
                    return ReadCertificates(stream, source.Name, sink, password ?? (_ => null));

                case ContentKind.Capture when captures is not null:
                {
                    using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    return ReadCapture(captures.Read(reader, source.Name, content.Paste), sink);
                }

                case ContentKind.Capture:
                    sink.Reject(new InputError(fileLocation, "a console capture: 'certinspect audit' and 'certinspect parse' read it"));
                    return new(content.KindName, 0);

                default:
                    sink.Reject(new InputError(fileLocation, content.Problem ?? "nothing to read"));
                    return new(content.KindName, 0);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Reject(new InputError(fileLocation, $"cannot read: {e.Message}"));
            return new("unreadable", 0);
        }
    }

    /// <summary>
    /// Reads a source as a console capture, taking off what its paste added the way <see cref="Read"/> does for a file
    /// it sniffs as a capture (so that parse and audit read a file alike); the sniff's verdict comes with the report.
    /// Binary data is not read: the report is null and BinaryAt the offset of its first NUL byte (else -1).
    /// </summary>
    public static (CaptureReport? Report, DetectedContent Content, int BinaryAt) ReadAsCapture(InputSource source, CaptureReader captures)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(captures);
        using Stream raw = source.Open();
        byte[] head = new byte[ContentSniffer.HeadSize];
        int length = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        DetectedContent content = ContentSniffer.Sniff(head.AsSpan(0, length));
        if (ContentSniffer.BinaryAt(head.AsSpan(0, length)) is var nul and >= 0)
        {
            // A program is never a capture: "parse /bin/ls" once listed a device named ELF (issue 26).
            return (null, content, nul);
        }

        using var stream = new PrefixedStream(head, length, raw);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (captures.Read(reader, source.Name, content.Paste), content, -1);
    }

    // Every device the capture says something about; a capture that says nothing usable is one input error.
    private static InputSummaryCounts ReadCapture(CaptureReport report, IEvidenceSink sink)
    {
        var devices = report.Devices.Where(d => d.HasEvidence).ToList();
        foreach (CapturedDevice device in devices)
        {
            sink.AddCapture(device);
        }

        if (devices.Count == 0)
        {
            sink.Reject(new InputError(new SourceLocation(report.Source, null), NothingDescribed(report)));
        }

        return new("capture", devices.Count);
    }

    // What a capture in which nothing describes a device holds, said as precisely as it can be: commands that are
    // not read, commands whose output is not in it, or what went wrong where something was recognised.
    private static string NothingDescribed(CaptureReport report)
    {
        string size = string.Create(CultureInfo.InvariantCulture, $"a console capture of {report.Lines} lines");

        // What went wrong where something was recognised (a PEM block whose body was cut to "....") says most.
        if (report.Diagnostics.FirstOrDefault(d => !d.Message.StartsWith("not recognised", StringComparison.Ordinal)) is { } first)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{size} in which nothing describes a device ({report.LineCounts[LineCategory.Unrecognised]} lines not recognised; 'certinspect parse' lists them; first problem, {first.Location}: {first.Message})");
        }

        var typed = report.Commands.Where(c => c.Typed is not null).ToList();
        string named = string.Join(", ", typed.Select(c => $"'{c.Typed}'").Distinct(StringComparer.OrdinalIgnoreCase).Take(4));
        if (typed.Count > 0 && typed.All(c => c.ReadAs == SkippedSection.Unsupported.DisplayName || c.ReadAs == SkippedSection.Silent.DisplayName))
        {
            return $"{size} of commands CertInspect does not read ({named}), at a prompt that names no device";
        }

        if (typed.Count > 0)
        {
            // A how-to that shows the commands, their output only as pictures or prose.
            return $"{size} of commands at a prompt that names no device ({named}), and no output that describes one";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{size} in which nothing describes a device ({report.LineCounts[LineCategory.Unrecognised]} lines not recognised; 'certinspect parse' lists them)");
    }

    private static InputSummaryCounts ReadCertificates(Stream stream, string source, IEvidenceSink sink, Pkcs12PasswordSource password)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxCertificateFileBytes)
            {
                sink.Reject(new InputError(new SourceLocation(source, null), $"larger than {MaxCertificateFileBytes >> 20} MiB: not read as certificates"));
                return new("certificates", 0);
            }

            buffer.Write(chunk, 0, read);
        }

        CertificateFileContents contents = CertificateFileReader.Read(buffer.ToArray(), source, password);
        foreach (LocatedCertificate certificate in contents.Certificates)
        {
            sink.AddCertificate(certificate);
        }

        foreach (InputError error in contents.Errors)
        {
            sink.Reject(error);
        }

        return new("certificates-" + contents.Format, contents.Certificates.Count);
    }
}
