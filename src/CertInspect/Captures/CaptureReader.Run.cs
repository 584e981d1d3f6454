using CertInspect.Captures.Sections;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Captures;

/// <summary>The state of one read of a capture (see <see cref="CaptureReader"/>).</summary>
public sealed partial class CaptureReader
{
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

        /// <summary>A collector's prefix named another device: a prompt of that name, not a line of the file.</summary>
        public void Collected(CaptureLine line, string host)
        {
            EndMessage();
            EndSection();
            _afterLog = false;
            _device = Session.Prompted(host, DeviceRole.Unknown, line.Evidence);
        }

        /// <summary>The lines one string-literal line holds, counted once: as the first of them that is not blank.</summary>
        public void Take(IReadOnlyList<CaptureLine> parts)
        {
            LineCategory[] categories = [.. parts.Select(Classify)];
            _counts[categories.FirstOrDefault(c => c != LineCategory.Blank, LineCategory.Blank)]++;
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

            if (DebugMacCommand.MacOf(text) is { } debugged)
            {
                // The debug command quoted without its prompt: whose controller typed it is not said, the AP it
                // debugs is.
                EndMessage();
                EndSection();
                _afterLog = false;
                Session.ApNamedByDebug(debugged, line.Evidence);
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
                return greedy.Reads == SkippedSection.Silent || greedy.Reads == SkippedSection.Unsupported ? Output(LineCategory.Skipped) : Output();
            }

            if (afterLog && !line.ListItem)
            {
                // A log message the terminal wrapped onto the next line: part of that message.
                _afterLog = true;
                _pending?.Continue(text);
                return LineCategory.Log;
            }

            Session.Diagnose(line, _section is null ? "not recognised" : $"not recognised in the output of {_command?.ReadAs}");
            return LineCategory.Unrecognised;
        }

        // A line of the command's output: read (Output) or taken and skipped (Skipped).
        private LineCategory Output(LineCategory category = LineCategory.Output)
        {
            if (_command is not null)
            {
                _command.OutputLines++;
            }

            return category;
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
            string? mac = DebugMacCommand.MacOf(typed);
            if (mac is not null)
            {
                Session.ApByMac(device, mac, line.Evidence);
            }
            else if (command.Command == SkippedSection.Unsupported && CommandCatalog.IsExecCommand(typed))
            {
                device.AddUnreadCommand(typed.Trim(), line.Evidence);
            }

            if (command.ControllerOnly || mac is not null)
            {
                device.SetRole(DeviceRole.Controller);
            }

            if (command.Command.MarksAccessPoint || typed.StartsWith("debug capwap", StringComparison.OrdinalIgnoreCase))
            {
                device.SetRole(DeviceRole.AccessPoint);
            }

            device.AddOccurrence(line.Evidence);
            _command = new CapturedCommand(line.Location, command.ApName ?? device.Context, typed, command.Command.DisplayName);
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
            if (_pending is { } pending && !line.ListItem && !LogText.IsLog(text) && pending.Continue(text))
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
}
