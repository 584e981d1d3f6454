using CertInspect.Cli;

return CertInspectCommand.Create(CliEnvironment.FromProcess()).Parse(args).Invoke();
