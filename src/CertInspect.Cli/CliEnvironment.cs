namespace CertInspect.Cli;

/// <summary>
/// What the commands take from the process, injectable so that tests run them with their own input, clock and
/// terminal (the output and error writers come from System.CommandLine's InvocationConfiguration).
/// </summary>
public sealed record CliEnvironment(
    Func<Stream> OpenStandardInput,
    TimeProvider Time,
    bool OutputIsTerminal,
    bool NoColor,
    Func<string, string?> GetVariable,
    Func<string, string?>? PromptSecret = null,
    bool ShowProgress = false,
    int? TerminalWidth = null,
    bool ErrorIsTerminal = false)
{
    /// <summary>What help is wrapped at where no narrower width is known: the width help has always been written for.</summary>
    public const int HelpWidth = 80;

    public static CliEnvironment FromProcess() => new(
        Console.OpenStandardInput,
        TimeProvider.System,
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.GetEnvironmentVariable,
        Console.IsInputRedirected || Console.IsErrorRedirected ? null : SecretPrompt.Ask,
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        Console.IsOutputRedirected && Console.IsErrorRedirected ? null : ConsoleWidth(),
        !Console.IsErrorRedirected);

    /// <summary>The width what is printed on standard output must fit: COLUMNS when it is a number, else the
    /// terminal's; null when neither is known (output to a file or a pipe).</summary>
    public int? TableWidth => Columns ?? (OutputIsTerminal ? TerminalWidth : null);

    /// <summary>The width messages on standard error are wrapped at: COLUMNS, else the terminal's when standard error
    /// is one; null (one line each, for logs) otherwise.</summary>
    public int? ErrorWidth => Columns ?? (ErrorIsTerminal ? TerminalWidth : null);

    /// <summary>The width help is wrapped at: the terminal's or COLUMNS up to <see cref="HelpWidth"/>.</summary>
    public int HelpTextWidth => Math.Min(TableWidth ?? HelpWidth, HelpWidth);

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    private int? Columns =>
        int.TryParse(GetVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int columns) && columns > 0
            ? columns
            : null;

    private static int? ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
