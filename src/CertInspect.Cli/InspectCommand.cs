using System.CommandLine;
using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Inputs;
using CertInspect.Reporting.Formatted;

namespace CertInspect.Cli;

/// <summary>certinspect inspect FILE...: every certificate's facts and its chain, like openssl x509 -text but focused.</summary>
internal static class InspectCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect inspect mics/ --trust cisco-ca-bundle.pem",
        "AP_P12_PASSWORD=… certinspect inspect ap.p12 --password-env AP_P12_PASSWORD",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Certificate files or directories: PEM, DER, PKCS #7, PKCS #12, base64 of DER; - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<DateOnly?> asOf = CommonOptions.AsOf();
        FormatOption format = CommonOptions.Format(ReportFormats.Table, ReportFormats.Json);
        Option<string?> rules = CommonOptions.Rules();
        Option<string[]> trust = CertificateOptions.Trust();
        Option<bool> noBuiltInTrust = CertificateOptions.NoBuiltInTrust();
        Option<string?> passwordVariable = CertificateOptions.PasswordVariable();
        var command = new Command("inspect", "Show every certificate's facts and the chain it belongs to, verified offline.")
        {
            files, asOf, format, rules, trust, noBuiltInTrust, passwordVariable,
        };

        command.SetAction(parse =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            if (RuleSetOption.TryLoad(parse.GetValue(rules), error) is not { } ruleSet)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            Pkcs12PasswordSource password = CertificateOptions.Password(environment, parse.GetValue(passwordVariable));
            var sink = new CertificateCollector();
            (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> unlistable) = InputExpander.Expand(parse.GetValue(files) ?? [], environment.OpenStandardInput);
            (IReadOnlyList<InputSource> trustSources, IReadOnlyList<InputError> trustUnlistable) = InputExpander.Expand(parse.GetValue(trust) ?? [], environment.OpenStandardInput);
            sink.Errors.AddRange(unlistable.Concat(trustUnlistable));
            CaptureReader captures = CaptureReaders.For(ruleSet);
            foreach ((InputSource source, IEvidenceSink into) in trustSources.Select(s => (s, sink.ForTrust())).Concat(sources.Select(s => (s, (IEvidenceSink)sink))))
            {
                InputSummaryCounts read = InputReader.Read(source, into, password, captures);
                if (read.Kind is "serial-list" or "inventory-csv")
                {
                    sink.Inventory(source.Name, read.Kind, read.Rows);
                }
            }

            var inspection = CertificateInspector.Inspect(sink.Certificates, sink.Trusted, sink.Errors, ruleSet.Facts, parse.GetValue(asOf) ?? environment.Today, builtInTrust: !parse.GetValue(noBuiltInTrust));
            var writer = string.Equals(format.Chosen(parse, null), ReportFormats.Json, StringComparison.Ordinal)
                ? new CertificateInspectionWriter(ModelFormat.Json)
                : new CertificateInspectionWriter(ModelFormat.Table, environment.TableWidth);
            if (!ReportOutput.TryWrite(output => writer.Write(inspection, output), null, parse.InvocationConfiguration.Output, error))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            return inspection.Certificates.Count == 0 ? ExitCodes.UsageOrNothingReadable : ExitCodes.Done;
        });
        return command;
    }
}
