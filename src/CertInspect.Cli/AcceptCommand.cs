using System.CommandLine;
using System.Security.Cryptography;
using CertInspect.Acceptance;
using CertInspect.Audit;
using CertInspect.Dispatch;
using CertInspect.Evidence;
using CertInspect.Facts;
using CertInspect.Inputs;
using CertInspect.Reporting.Formatted;
using CertInspect.Reporting.Models;
using CertInspect.Rules;
using CertInspect.Serials;

namespace CertInspect.Cli;

/// <summary>certinspect accept --policy PATH INPUT...: the procurement gate, with a receipt.</summary>
internal static class AcceptCommand
{
    /// <summary>What the help ends with.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "certinspect accept --policy po-4500099999.json delivery/ --output receipt.json",
        "certinspect accept --policy po-4500099999.json delivery/ --output receipt.csv",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "The delivery: serial lists, inventory CSVs, certificate files, directories, - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var policyOption = new Option<string>("--policy", "-p")
        {
            Description = "The acceptance policy (JSON): expected serials, minimum MIC validity, reject rules, exceptions.",
            HelpName = "PATH",
            Required = true,
        };
        var evaluation = new EvaluationOptions();
        FormatOption format = CommonOptions.ReportFormat(ReportFormats.Json, ReportFormats.Csv);
        Option<string?> output = CommonOptions.Output();
        Option<string?> columns = ColumnOptions.Columns();
        Option<string?> columnsFile = ColumnOptions.ColumnsFile();
        Option<string[]> trust = CertificateOptions.Trust();
        Option<bool> noBuiltInTrust = CertificateOptions.NoBuiltInTrust();
        Option<string?> passwordVariable = CertificateOptions.PasswordVariable();
        var command = new Command("accept", "Accept or reject a delivery against a purchase-order policy; writes a receipt. Exit 0 accepted, 2 rejected.")
        {
            inputs, policyOption, evaluation.AsOf, format, output, evaluation.Horizons, evaluation.Rules, trust, noBuiltInTrust, passwordVariable, evaluation.ControllerRelease, evaluation.ControllerPlatform, columns, columnsFile,
        };

        command.SetAction(parse =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            if (evaluation.LoadRules(parse, error) is not { } ruleSet)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            string policyPath = parse.GetRequiredValue(policyOption);
            AcceptancePolicy policy;
            try
            {
                policy = AcceptancePolicyLoader.Load(policyPath, ruleSet);
            }
            catch (RuleDataException e)
            {
                error.WriteLine($"certinspect: {e.Message}");
                return ExitCodes.UsageOrNothingReadable;
            }

            if (!ColumnOptions.TryRead(parse.GetValue(columns), parse.GetValue(columnsFile), error, out CertInspect.Serials.ColumnMapping? columnMapping))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            if (evaluation.Context(parse, ruleSet, environment.Today, error) is not { } context)
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            string expectedPath = AcceptancePolicyLoader.ExpectedSerialsPath(policyPath, policy);
            (List<string> expected, List<InputError> expectedErrors) = ReadExpected(expectedPath, ruleSet);
            if (expected.Count == 0)
            {
                error.WriteLine($"certinspect: {expectedPath}: the policy's expected serials hold no serial ({string.Join("; ", expectedErrors.Select(e => e.Message))}).");
                return ExitCodes.UsageOrNothingReadable;
            }

            (IReadOnlyList<InputSource> sources, IReadOnlyList<InputError> unlistable) = InputExpander.Expand(parse.GetValue(inputs) ?? [], environment.OpenStandardInput);
            (IReadOnlyList<InputSource> trustSources, IReadOnlyList<InputError> trustUnlistable) = InputExpander.Expand(parse.GetValue(trust) ?? [], environment.OpenStandardInput);
            var auditor = new Auditor(ruleSet, CertificateOptions.Password(environment, parse.GetValue(passwordVariable))) { BuiltInTrust = !parse.GetValue(noBuiltInTrust), Columns = columnMapping };
            using AuditResult result = auditor.Run(sources, [.. unlistable, .. trustUnlistable], context, trustSources);

            var hashes = new List<InputHash> { Hash("policy", policyPath), Hash("order", expectedPath) };
            hashes.AddRange(sources.Select(s => Hash("delivery", s)));
            hashes.AddRange(trustSources.Select(s => Hash("trust", s)));
            AcceptanceReceipt receipt = new AcceptanceJudge(policy).Judge(
                expected, expectedErrors, result.Report.Devices, result.Report.InputErrors, hashes, new ReceiptProvenance(ToolVersion.Text, ruleSet.Versions, result.TrustAnchors), context.AsOf);

            bool csv = string.Equals(format.Chosen(parse, parse.GetValue(output)), ReportFormats.Csv, StringComparison.Ordinal);
            var receiptWriter = new ReceiptWriter(csv ? ModelFormat.Csv : ModelFormat.Json);
            Action<TextWriter> write = text => receiptWriter.Write(receipt, text);
            if (!ReportOutput.TryWrite(write, parse.GetValue(output), parse.InvocationConfiguration.Output, error))
            {
                return ExitCodes.UsageOrNothingReadable;
            }

            error.WriteLine($"certinspect: {receipt.Verdict}: {receipt.Count(UnitVerdict.Accepted)} accepted, {receipt.Count(UnitVerdict.Review)} to review, {receipt.Count(UnitVerdict.Rejected)} rejected, {receipt.Count(UnitVerdict.Missing)} missing, {receipt.Count(UnitVerdict.Extra)} extra, {receipt.Count(UnitVerdict.Malformed)} malformed.");
            return receipt.Accepted ? ExitCodes.Done : ExitCodes.GateFailed;
        });
        return command;
    }

    // The order's serials, normalised, each once; rows that are not serials are reported on the receipt.
    private static (List<string> Serials, List<InputError> Errors) ReadExpected(string path, RuleSet rules)
    {
        var sink = new ExpectedSerialSink(new SerialDecoder(rules.Facts.SerialFormat, rules.Facts.NotDateCoded));
        InputReader.Read(new InputSource(path, () => File.OpenRead(path)), sink);
        return (sink.Serials.Distinct(StringComparer.Ordinal).ToList(), sink.Errors);
    }

    private static InputHash Hash(string role, string path) => Hash(role, new InputSource(path, () => File.OpenRead(path)));

    private static InputHash Hash(string role, InputSource source)
    {
        if (string.Equals(source.Name, InputExpander.StandardInputName, StringComparison.Ordinal))
        {
            return new InputHash(role, source.Name, null);
        }

        try
        {
            using Stream stream = source.Open();
            return new InputHash(role, source.Name, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputHash(role, source.Name, null);
        }
    }

    private sealed class ExpectedSerialSink(SerialDecoder decoder) : IEvidenceSink
    {
        public List<string> Serials { get; } = [];

        public List<InputError> Errors { get; } = [];

        public void Add(InventoryObservation observation)
        {
            SerialDecoding decoding = decoder.Decode(observation.Serial, observation.Model);
            if (decoding.Serial is { } serial)
            {
                Serials.Add(serial.Text);
            }
            else
            {
                Errors.Add(new InputError(observation.Location, decoding.Error ?? "not a serial", observation.Text));
            }
        }

        public void AddCertificate(Evidence.LocatedCertificate certificate) =>
            Errors.Add(new InputError(certificate.Location, "the order lists serials, not certificates"));

        public void AddCapture(Evidence.CapturedDevice device) =>
            Errors.Add(new InputError(new SourceLocation(device.Source, null), "the order lists serials, not a console capture"));

        public void Reject(InputError inputError) => Errors.Add(inputError);
    }
}
