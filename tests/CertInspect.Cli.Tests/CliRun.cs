using System.CommandLine;
using System.Text;

namespace CertInspect.Cli.Tests;

/// <summary>Runs certinspect in-process through its root command, with captured output and a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static CliRun Invoke(params string[] args) => Invoke(args, standardInput: null);

    public static CliRun Invoke(
        string[] args,
        string? standardInput,
        bool terminal = false,
        bool noColor = false,
        IReadOnlyDictionary<string, string>? variables = null,
        Func<string, string?>? prompt = null,
        bool showProgress = false)
    {
        var environment = new CliEnvironment(
            () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty)),
            new FixedTimeProvider(Now),
            terminal,
            noColor,
            name => variables?.GetValueOrDefault(name),
            prompt,
            showProgress);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CertInspectCommand.Invoke(args, environment, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
