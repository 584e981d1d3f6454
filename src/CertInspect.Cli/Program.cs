using CertInspect.Cli;
using System.CommandLine;

using TextWriter output = StandardOutput.Open();
int exit = CertInspectCommand.Invoke(args, CliEnvironment.FromProcess(), new InvocationConfiguration { Output = output, Error = Console.Error });
try
{
    output.Flush();
}
catch (IOException e)
{
    // What a command wrote outside a report (help, a table) could not be delivered either.
    Console.Error.WriteLine($"certinspect: cannot write to standard output: {e.Message}");
    return ExitCodes.UsageOrNothingReadable;
}

return exit;
