using System.CommandLine;

namespace CertInspect.Cli;

/// <summary>The options of commands that read certificates: --trust, --no-builtin-trust and --password-env.</summary>
internal static class CertificateOptions
{
    public static Option<string[]> Trust() => new("--trust")
    {
        Description = "CA certificates (files or directories, e.g. Cisco's published bundle) to build and verify chains with. Repeatable. Nothing is ever fetched.",
        HelpName = "PATH",
        DefaultValueFactory = _ => [],
    };

    public static Option<bool> NoBuiltInTrust() => new("--no-builtin-trust")
    {
        Description = "Leave Cisco's built-in CA certificates out: only the inputs and --trust anchor and verify chains.",
    };

    public static Option<string?> PasswordVariable() => new("--password-env")
    {
        Description = "The environment variable that holds the PKCS #12 password (never the password itself on the command line). On a terminal you are asked instead.",
        HelpName = "VAR",
    };

    /// <summary>
    /// The PKCS #12 password source: the named variable when given, else a prompt on a terminal, else none. The
    /// answer is asked for at most once per run.
    /// </summary>
    public static Func<string?> Password(CliEnvironment environment, string? variable)
    {
        string? answer = null;
        bool asked = false;
        return () =>
        {
            if (variable is not null)
            {
                return environment.GetVariable(variable);
            }

            if (!asked && environment.PromptSecret is { } prompt)
            {
                answer = prompt("PKCS #12 password: ");
                asked = true;
            }

            return answer;
        };
    }
}
