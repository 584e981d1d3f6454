using System.CommandLine;

namespace CertInspect.Cli;

/// <summary>The root command: certinspect and its subcommands.</summary>
public static class CertInspectCommand
{
    public static RootCommand Create(CliEnvironment environment) =>
        new("CertInspect: offline inspector of Cisco AP certificates and serial numbers. One risk record per AP.")
        {
            AuditCommand.Create(environment),
            SerialCommand.Create(environment),
            AcceptCommand.Create(environment),
            InspectCommand.Create(environment),
            ParseCommand.Create(environment),
            DiffCommand.Create(),
            RulesCommand.Create(),
        };
}
