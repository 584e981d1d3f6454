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
        string? raw;
        while ((raw = lines.ReadLine(out bool truncated)) is not null)
        {
            var location = new SourceLocation(source, ++number);
            string unwrapped = PastedText.Unwrap(CaptureText.Clean(raw), paste);
            if (truncated)
            {
                run.Session.Diagnose(new CaptureLine(location, unwrapped), string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaximumLineLength} characters: the rest is not read"));
            }

            // A string literal may hold several output lines (a Python list of lines, "\n" escapes): each is read at
            // the literal's line.
            if (unwrapped.Contains('\n', StringComparison.Ordinal))
            {
                foreach (string part in unwrapped.Split('\n'))
                {
                    run.Take(new CaptureLine(location, CaptureText.Clean(part)));
                }
            }
            else
            {
                run.Take(new CaptureLine(location, unwrapped));
            }
        }

        run.EndMessage();
        run.EndSection();
        run.Session.Close();
        return new CaptureReport(source, number, run.Counts, run.Session.Commands, run.Session.Devices, run.Session.Diagnostics);
    }

    // AireOS "debug mac addr 1c:6a:7a:5a:73:90" (also "address").
    [GeneratedRegex(@"^debug\s+mac\s+addr(?:ess)?\s+(?<mac>[0-9A-Fa-f:.\-]{12,17})\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DebugMac();

    // "------------------ show version ------------------": show tech-support's header of each command's output.
    [GeneratedRegex(@"^-{5,}\s*(?<command>show\s.+?)\s*-{5,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShowTechHeader();

    // The state of one read: the device whose prompt was seen last, the output being read, and the line counts.
    private sealed class Run(CaptureSession session, IReadOnlyList<DataPattern> signatures)
    {
        private readonly Dictionary<LineCategory, long> _counts = Enum.GetValues<LineCategory>().ToDictionary(c => c, _ => 0L);
        private CapturedDevice? _device;
        private OutputSection? _section;
        private CapturedCommand? _command;
        private bool _afterLog;
        private int _bannerLinesLeft;

        // A log message is kept whole: a terminal or IOS wraps a long one onto the lines after it ("The certificate
        // (SN: …) has expired." / "Validity period ended on …"), and what the finding quotes is on those lines. The
        // last message read waits here until the next message, a blank line or a prompt ends it.
        private PendingMessage? _pending;

        public CaptureSession Session { get; } = session;

        public IReadOnlyDictionary<LineCategory, long> Counts => _counts;

        private CapturedDevice Device => _device ??= Session.Unprompted();

        public void Take(CaptureLine line)
        {
            _counts[Classify(line)]++;
        }

        public void EndSection()
        {
            _section?.End();
            _section = null;
            _command = null;
        }

        private LineCategory Classify(CaptureLine line)
        {
            string text = line.Trimmed;
            int bannerLinesLeft = _bannerLinesLeft;
            _bannerLinesLeft = 0;
            if (text.Length == 0)
            {
                EndMessage();
                return LineCategory.Blank;
            }

            if (PromptLine.Match(line.Text) is { } prompt)
            {
                EndMessage();
                Prompt(line, prompt);
                return LineCategory.Prompt;
            }

            if (ShowTechHeader().Match(text) is { Success: true } header)
            {
                EndMessage();
                // "show tech-support" heads each command's output with the command: that output is the same device's.
                EndSection();
                _afterLog = false;
                Typed(line, Device, header.Groups["command"].Value);
                return LineCategory.Prompt;
            }

            if (DebugMac().IsMatch(text))
            {
                // The debug command quoted without its prompt: still the controller's command.
                EndMessage();
                EndSection();
                _afterLog = false;
                Typed(line, Device, text);
                return LineCategory.Prompt;
            }

            bool isLog = LogText.IsLog(text) || signatures.Any(s => s.IsMatch(text));
            if (isLog || bannerLinesLeft > 0)
            {
                if (_section?.Reads == LogSection.Command && _command is not null)
                {
                    _command.OutputLines++;
                }

                if (isLog)
                {
                    Log(line, text);
                    _bannerLinesLeft = LogText.ContinuesWithBanner(text) ? LogText.RestartBannerLines : 0;
                }
                else
                {
                    // The image banner IOS logs after "System restarted --" is that message, not a show version.
                    _bannerLinesLeft = LogText.EndsBanner(text) ? 0 : bannerLinesLeft - 1;
                }

                _afterLog = true;
                return LineCategory.Log;
            }

            bool afterLog = _afterLog;
            _afterLog = false;
            if (!afterLog && _section?.Reads != LogSection.Command)
            {
                EndMessage();
            }

            if (_section is { Greedy: false } structured && structured.Accept(line))
            {
                return Output();
            }

            if (Headerless(line) is { } started)
            {
                CapturedCommand? preamble = _section is { OnlyPreamble: true } && _command is { Typed: null } ? _command : null;
                EndSection();
                _section = started.Section;
                if (preamble is null)
                {
                    _command = new CapturedCommand(line.Location, Device.Context, null, started.ReadAs);
                    Session.AddCommand(_command);
                }
                else
                {
                    _command = preamble with { ReadAs = started.ReadAs };
                    Session.ReplaceCommand(preamble, _command);
                }

                if (_section.Accept(line))
                {
                    return Output();
                }
            }

            if (_section is { Greedy: true } greedy && greedy.Accept(line))
            {
                return greedy.Reads == SkippedSection.Silent || greedy.Reads == SkippedSection.Unsupported ? Skipped() : Output();
            }

            if (afterLog)
            {
                // A log message the terminal wrapped onto the next line: part of that message.
                _afterLog = true;
                _pending?.Continue(text);
                return LineCategory.Log;
            }

            Session.Diagnose(line, _section is null ? "not recognised" : $"not recognised in the output of {_command?.ReadAs}");
            return LineCategory.Unrecognised;
        }

        private LineCategory Output()
        {
            if (_command is not null)
            {
                _command.OutputLines++;
            }

            return LineCategory.Output;
        }

        private LineCategory Skipped()
        {
            if (_command is not null)
            {
                _command.OutputLines++;
            }

            return LineCategory.Skipped;
        }

        private void Prompt(CaptureLine line, PromptLine prompt)
        {
            EndSection();
            _afterLog = false;
            _device = Session.Prompted(prompt.Host, prompt.ControllerStyle ? DeviceRole.Controller : DeviceRole.Unknown, line.Evidence);
            if (prompt.Rest.Length == 0)
            {
                return;
            }

            if (LogText.IsLog(prompt.Rest) || !CommandCatalog.LooksLikeCommand(prompt.Rest))
            {
                // Log output run onto the prompt line ("TestAP# *Nov 19 13:37:59.999: AP has SHA2 MIC ...").
                Log(line, prompt.Rest);
                _afterLog = true;
                return;
            }

            Typed(line, _device, prompt.Rest);
        }

        // A command typed at the device's prompt, or named by a "show tech-support" section header.
        private void Typed(CaptureLine line, CapturedDevice device, string typed)
        {
            RecognisedCommand command = CommandCatalog.Recognise(typed);
            if (DebugMac().Match(typed) is { Success: true } debug && MacAddress.Normalize(debug.Groups["mac"].Value) is { } mac)
            {
                // AireOS "debug mac addr <MAC>" limits the debugs that follow to that AP (or client): the AP the
                // controller's log is about, known by its MAC.
                device.SetRole(DeviceRole.Controller);
                Session.ApByMac(device, mac, line.Evidence);
            }
            else if (command.Command == SkippedSection.Unsupported && CommandCatalog.IsExecCommand(typed))
            {
                device.AddUnreadCommand(typed.Trim(), line.Evidence);
            }

            if (command.ControllerOnly)
            {
                device.SetRole(DeviceRole.Controller);
            }

            if (command.Command.MarksAccessPoint || typed.StartsWith("debug capwap", StringComparison.OrdinalIgnoreCase))
            {
                device.SetRole(DeviceRole.AccessPoint);
            }

            device.AddOccurrence(line.Evidence);
            string readAs = command.Command.DisplayName;
            _command = new CapturedCommand(line.Location, command.ApName ?? device.Context, typed, readAs);
            Session.AddCommand(_command);
            _section = Create(command.Command, command.ApName, device, line);
        }

        private OutputSection Create(CaptureCommand command, string? apName, CapturedDevice device, CaptureLine line) =>
            command.Create(new SectionStart(Session, device, line, apName, Log));

        // Output pasted without its command line, recognised by its first line.
        private (OutputSection Section, string ReadAs)? Headerless(CaptureLine line)
        {
            string text = line.Trimmed;
            CaptureCommand? found = CommandCatalog.Commands.FirstOrDefault(c => c.StartsOutput?.Invoke(text) == true)
                ?? (_section is null ? CommandCatalog.Commands.FirstOrDefault(c => c.StartsOutputAlone?.Invoke(text) == true) : null);
            if (found is null || (_section?.Reads == found && _section.Greedy))
            {
                return null;
            }

            return (Create(found, null, Device, line), found.DisplayName + " (no command line: recognised by its output)");
        }

        public void Log(CaptureLine line, string text)
        {
            if (_pending is { } pending && !LogText.IsLog(text) && pending.Continue(text))
            {
                return;
            }

            EndMessage();
            ConsoleIdentity.Read(Session, Device, line, text);
            List<string> messages = [.. LogText.Messages(text)];
            for (int i = 0; i < messages.Count; i++)
            {
                var message = new PendingMessage(Device, line.Location, messages[i]);
                if (i < messages.Count - 1)
                {
                    Keep(message);
                }
                else
                {
                    _pending = message;
                }
            }
        }

        /// <summary>Ends the message being read: kept when it matches a log signature.</summary>
        public void EndMessage()
        {
            if (_pending is { } pending)
            {
                _pending = null;
                Keep(pending);
            }
        }

        private void Keep(PendingMessage message)
        {
            string text = message.Text;
            if (signatures.Any(s => s.IsMatch(text)))
            {
                message.Device.AddLogLine(new EvidenceLine(message.Location, text));
            }
        }
    }

    // A log message being read, with the lines a wrap put after it (at most a few, and a bounded length).
    private sealed class PendingMessage(CapturedDevice device, SourceLocation location, string text)
    {
        private const int MaximumContinuations = 5;
        private const int MaximumLength = 4096;
        private int _continuations;

        public CapturedDevice Device { get; } = device;

        public SourceLocation Location { get; } = location;

        public string Text { get; private set; } = text;

        public bool Continue(string line)
        {
            if (_continuations >= MaximumContinuations || Text.Length + line.Length >= MaximumLength)
            {
                return false;
            }

            _continuations++;
            Text = Text + " " + line.Trim();
            return true;
        }
    }
}
