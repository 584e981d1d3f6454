using System.Globalization;
using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Reporting.Formatted;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Table;

/// <summary>
/// The text form of "certinspect parse" (<see cref="CaptureReportWriter"/>): per capture its line counts, commands,
/// devices with what each is said to be, and diagnostics. At a width each entry wraps between words, its
/// continuation four spaces further in than the entry.
/// </summary>
internal static class CaptureTableWriter
{
    public static void Write(ParsedCaptures parsed, TextWriter output, int? width)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        void Line(string indent, string text)
        {
            foreach (string line in HangingIndent.Wrap(indent, text, indent.Length + 4, width))
            {
                output.WriteLine(line);
            }
        }

        void Row(string label, IReadOnlyList<CapturedValue> values)
        {
            if (values.Count > 0)
            {
                Line("      ", $"{label}: {string.Join(", ", values.Select(v => $"{v.Value} (line {v.Evidence.Location.Line})"))}");
            }
        }

        foreach (CaptureReport report in parsed.Reports)
        {
            Line(string.Empty, report.Source);
            Line("  ", $"{Counted.Of(report.Lines, "line")}: {string.Join(", ", report.LineCounts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {CaptureReportWriter.Name(c.Key)}")))}");
            output.WriteLine("  Commands");
            foreach (CapturedCommand command in report.Commands)
            {
                Line("    ", string.Create(CultureInfo.InvariantCulture, $"line {command.Location.Line,-5} {CaptureReportWriter.Display(command.Device),-20} {command.Typed ?? "(no command line)"} -> {command.ReadAs}, {Counted.Of(command.OutputLines, "line")}"));
            }

            output.WriteLine("  Devices");
            foreach (CapturedDevice device in report.Devices)
            {
                Line("    ", $"{CaptureReportWriter.Display(device.Context)}{(device.Controller is { } c ? " on " + CaptureReportWriter.Display(c.Context) : string.Empty)}: {CaptureReportWriter.RoleName(device.Role)}");
                Row("serial", device.Serials);
                Row("member serial", device.MemberSerials);
                Row("model", device.Models);
                Row("MAC", device.Macs);
                Row("IP address", device.IpAddresses);
                Row("name", device.Names);
                if (device.Release is { } release)
                {
                    Line("      ", $"release: {release.Value} (line {release.Evidence.Location.Line})");
                }

                if (device.JoinStatus is { } join)
                {
                    Line("      ", $"join status: {join.Value} (line {join.Evidence.Location.Line})");
                }

                if (device.LastJoinFailure is { } failure)
                {
                    Line("      ", $"last join failure: {failure.Value} (line {failure.Evidence.Location.Line})");
                }

                if (device.Sha2ParameterBlock is { } block)
                {
                    Line("      ", $"SHA2 parameter block: {(block.Present ? "present" : "none")} (line {block.Evidence[0].Location.Line})");
                }

                if (device.TrustpointLines is { } trustpoints)
                {
                    Line("      ", $"trustpoints: {Counted.Of(trustpoints.Count, "line")} (command at line {device.TrustpointCommand?.Location.Line})");
                }

                foreach (LocatedCertificate certificate in device.Certificates)
                {
                    CertificateFacts facts = certificate.Certificate;
                    Line("      ", $"certificate line {certificate.Location.Line}: {parsed.RoleOf(certificate).Label()} {facts.Subject.CommonName ?? "(no subject)"}, issuer {facts.Issuer.CommonName ?? "(none)"}, ends {CertificateText.Time(facts.NotAfter)}, {facts.SignatureAlgorithm.Name}");
                }

                foreach (EvidenceLine line in device.LogLines)
                {
                    Line("      ", $"log line {line.Location.Line}: {line.Text}");
                }

                foreach (EvidenceLine line in device.ReportedLogLines)
                {
                    Line("      ", $"its controller's log line {line.Location.Line}: {line.Text}");
                }

                foreach (string note in device.Notes)
                {
                    Line("      ", $"note: {note}");
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Diagnostics ({report.Diagnostics.Count})"));
            foreach (CaptureDiagnostic diagnostic in report.Diagnostics)
            {
                Line("    ", $"line {diagnostic.Location.Line}: {diagnostic.Message}{(diagnostic.Text is null ? string.Empty : ": " + diagnostic.Text)}");
            }

            output.WriteLine();
        }
    }
}
