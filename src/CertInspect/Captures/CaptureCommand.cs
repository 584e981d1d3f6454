using CertInspect.Captures.Sections;

namespace CertInspect.Captures;

/// <summary>
/// A command whose output a capture may hold: the words that type it, the name reports give it, how its output is
/// recognised when it was pasted without its command line, and the section that reads it. Each section declares its
/// own command(s) beside the code that reads the output; <see cref="CommandCatalog.Commands"/> lists them.
/// </summary>
internal sealed class CaptureCommand
{
    /// <summary>In <see cref="Forms"/>: one word of any value, such as an AP name ("all" names every AP).</summary>
    public const string AnyWord = "<ap>";

    /// <summary>In <see cref="Forms"/>: any further words (arguments, "verbose", a trustpoint name).</summary>
    public const string AnyRest = "*";

    /// <summary>The command as reports name it ("show ap summary").</summary>
    public required string DisplayName { get; init; }

    /// <summary>The typed forms, each a space-separated list of words (abbreviations are accepted when reading).</summary>
    public IReadOnlyList<CommandForm> Forms { get; init; } = [];

    /// <summary>Whether a trimmed line is the first line of this output; null when the output cannot be told by its
    /// first line (free text, logs) and is read only after its command line.</summary>
    public Func<string, bool>? StartsOutput { get; init; }

    /// <summary>Like <see cref="StartsOutput"/>, for a first line that other outputs print too (AireOS's
    /// "Burned-in MAC Address" ends "show sysinfo" and starts "show inventory"): it starts this output only where no
    /// other output is being read (the start of a file, after a prompt).</summary>
    public Func<string, bool>? StartsOutputAlone { get; init; }

    /// <summary>Only an AP runs it: the device at its prompt is an AP.</summary>
    public bool MarksAccessPoint { get; init; }

    /// <summary>The section that reads one occurrence of the output.</summary>
    public required Func<SectionStart, OutputSection> Create { get; init; }

    public override string ToString() => DisplayName;
}
