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
    int? TerminalWidth = null)
{
    public static CliEnvironment FromProcess() => new(
        Console.OpenStandardInput,
        TimeProvider.System,
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.GetEnvironmentVariable,
        Console.IsInputRedirected || Console.IsErrorRedirected ? null : SecretPrompt.Ask,
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        Console.IsOutputRedirected ? null : ConsoleWidth());

    /// <summary>The width a table printed here must fit: COLUMNS when it is a number, else the terminal's; null when
    /// neither is known (output to a file or a pipe).</summary>
    public int? TableWidth =>
        int.TryParse(GetVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int columns) && columns > 0
            ? columns
            : OutputIsTerminal ? TerminalWidth : null;

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

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
