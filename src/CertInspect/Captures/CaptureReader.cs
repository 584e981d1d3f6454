using System.Globalization;
using System.Text.RegularExpressions;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Inputs;

namespace CertInspect.Captures;

/// <summary>
/// Reads a captured terminal session line by line: cleans each line, splits the session into commands at prompts
/// (and, for output pasted without its command line, at the first line of a recognised output), hands each line to
/// the reader of the output it belongs to, keeps the log messages that match a log signature of the rules, and
/// accounts for every line. Nothing in a capture is an error: what is not understood is an info diagnostic.
/// </summary>
public sealed partial class CaptureReader
{
    /// <summary>A longer line is read up to this length; the rest is skipped with a diagnostic.</summary>
    public const int MaximumLineLength = 64 * 1024;

    private readonly CaptureFacts _facts;
    private readonly IReadOnlyList<CiscoCa> _ciscoCas;
    private readonly Func<ReadOnlyMemory<byte>, (CertificateFacts? Certificate, string? Error)>? _decode;
    private readonly IReadOnlyList<DataPattern> _signatures;
    private readonly IReadOnlyList<ModelFamily> _families;

    /// <param name="facts">Host names that name no device, and the time zones devices print.</param>
    /// <param name="ciscoCas">The Cisco CA catalogue: a textual certificate's chain family comes from its issuer.</param>
    /// <param name="logPatterns">The log lines worth keeping: those the rules' log signatures look for.</param>
    /// <param name="decode">Decodes the DER of a PEM block a capture prints (a SUDI chain); without it, such blocks are
    /// diagnostics. Decoding lives a floor above captures, so the caller hands it in.</param>
    /// <param name="families">The model families of the rules data: whether a model a router's or a switch's show
    /// version names is one CertInspect knows (its board ID is then its chassis serial).</param>
    public CaptureReader(
        CaptureFacts facts,
        IReadOnlyList<CiscoCa> ciscoCas,
        IEnumerable<string> logPatterns,
        Func<ReadOnlyMemory<byte>, (CertificateFacts? Certificate, string? Error)>? decode = null,
        IReadOnlyList<ModelFamily>? families = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ciscoCas);
        ArgumentNullException.ThrowIfNull(logPatterns);
        _facts = facts;
        _ciscoCas = ciscoCas;
        _decode = decode;
        _families = families ?? [];
        // The lines that tell an AP's log from a controller's are kept too: they decide whose a pasted log is.
        _signatures = logPatterns
            .Concat(facts.AccessPointLogMarkers)
            .Concat(facts.ControllerLogMarkers)
            .Distinct(StringComparer.Ordinal)
            .Select(p => new DataPattern(p))
            .ToList();
    }

    /// <param name="pasteIndent">The indentation every line of the paste shares (<see cref="PastedText.CommonIndent(IEnumerable{string})"/>
    /// of the file's head): removed from each line, with the other marks a paste adds.</param>
    public CaptureReport Read(TextReader reader, string source, int pasteIndent = 0) => Read(reader, source, new PasteStyle(pasteIndent));

    /// <param name="paste">How the capture was pasted (<see cref="CaptureShape.Style"/> of the file's head): taken off
    /// each line, with the other marks a paste adds.</param>
    public CaptureReport Read(TextReader reader, string source, PasteStyle paste)
    {
        ArgumentNullException.ThrowIfNull(paste);
        ArgumentNullException.ThrowIfNull(reader);
        var run = new Run(new CaptureSession(source, _facts, _ciscoCas, _decode, _families), _signatures);
        var lines = new BoundedLineReader(reader, MaximumLineLength);
        long number = 0;
        string? collected = null;
        string? raw;
        while ((raw = lines.ReadLine(out bool truncated)) is not null)
        {
            var location = new SourceLocation(source, ++number);
            if (paste.Wrapper == PasteWrapper.HostPrefix && PastedText.HostOf(raw) is { } host && !string.Equals(host, collected, StringComparison.OrdinalIgnoreCase))
            {
                // A collector's output: a change of the name in front of the lines is a change of device, as a
                // prompt would be.
                collected = host;
                run.Collected(new CaptureLine(location, raw.Trim()), host);
            }

            string cleaned = CaptureText.Clean(raw);
            string unwrapped = PastedText.Unwrap(cleaned, paste);
            bool listItem = LogText.IsListItem(cleaned);
            if (truncated)
            {
                run.Session.Diagnose(new CaptureLine(location, unwrapped), string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaximumLineLength} characters: the rest is not read"));
            }

            // A string literal may hold several output lines (a Python list of lines, "\n" escapes): each is read at
            // the literal's line.
            if (unwrapped.Contains('\n', StringComparison.Ordinal))
            {
                run.Take([.. unwrapped.Split('\n').Select(part => new CaptureLine(location, CaptureText.Clean(part)))]);
            }
            else
            {
                run.Take(new CaptureLine(location, unwrapped) { ListItem = listItem });
            }
        }

        run.EndMessage();
        run.EndSection();
        run.Session.Close();
        return new CaptureReport(source, number, run.Counts, run.Session.Commands, run.Session.Devices, run.Session.Diagnostics);
    }

    // "------------------ show version ------------------": show tech-support's header of each command's output.
    [GeneratedRegex(@"^-{5,}\s*(?<command>show\s.+?)\s*-{5,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShowTechHeader();
}
