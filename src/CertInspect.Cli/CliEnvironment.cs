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
    bool ShowProgress = false)
{
    public static CliEnvironment FromProcess() => new(
        Console.OpenStandardInput,
        TimeProvider.System,
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.GetEnvironmentVariable,
        Console.IsInputRedirected || Console.IsErrorRedirected ? null : SecretPrompt.Ask,
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
