using CertInspect.Cli;
using System.CommandLine;

// Not disposed: after a reader closed the pipe, disposing would try the writes that failed once more.
TextWriter output = StandardOutput.Open();
int exit = CertInspectCommand.Invoke(args, CliEnvironment.FromProcess(), new InvocationConfiguration { Output = output, Error = Console.Error });
try
{
    output.Flush();
}
catch (StandardOutputClosedException)
{
    // What was left (help, the end of a table) had no reader any more: nothing was lost that anyone wanted.
    return ExitCodes.Done;
}
catch (IOException e)
{
    // What a command wrote outside a report (help, a table) could not be delivered either.
    Console.Error.WriteLine($"certinspect: cannot write to standard output: {e.Message}");
    return ExitCodes.UsageOrNothingReadable;
}

return exit;
