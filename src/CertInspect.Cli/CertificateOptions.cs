using System.CommandLine;
using CertInspect.Certificates;

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
    /// The PKCS #12 password source: the named variable when given, else a prompt on a terminal, else none. An
    /// answer is kept for the next file; one the file rejected is asked for again (the reader allows three answers).
    /// </summary>
    public static Pkcs12PasswordSource Password(CliEnvironment environment, string? variable)
    {
        string? answer = null;
        bool asked = false;
        return rejected =>
        {
            // A variable has nothing new to give once its value was rejected.
            if (variable is not null)
            {
                return rejected is null ? environment.GetVariable(variable) : null;
            }

            if (environment.PromptSecret is not { } prompt)
            {
                return null;
            }

            if (!asked || rejected is not null)
            {
                answer = prompt(rejected is null ? "PKCS #12 password: " : "Wrong password, try again. PKCS #12 password: ");
                asked = true;
            }

            return answer;
        };
    }
}
