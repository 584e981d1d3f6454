using System.Globalization;
using System.Text.Json;
using CertInspect.Certificates;
using CertInspect.Reporting.Csv;
using CertInspect.Reporting.Json;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Formatted;

/// <summary>Writes an acceptance receipt as JSON (a contract, like the audit report) or CSV (one row per unit).</summary>
public sealed class ReceiptWriter(ModelFormat format)
    : FormattedWriter<AcceptanceReceipt>(format, new Dictionary<ModelFormat, Action<AcceptanceReceipt, TextWriter>> { [ModelFormat.Json] = WriteJson, [ModelFormat.Csv] = WriteCsv })
{
    private static void WriteJson(AcceptanceReceipt receipt, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, JsonWriterExtensions.ReportOptions))
        {
            json.WriteStartObject();
            json.WriteString("policy", receipt.Policy);
            json.WriteString("asOf", receipt.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("verdict", receipt.Verdict);
            json.WriteStartObject("summary");
            json.WriteNumber("units", receipt.Units.Count);
            foreach (string verdict in (string[])[UnitVerdict.Accepted, UnitVerdict.Review, UnitVerdict.Rejected, UnitVerdict.Missing, UnitVerdict.Extra, UnitVerdict.Malformed])
            {
                json.WriteNumber(verdict, receipt.Count(verdict));
            }

            json.WriteEndObject();
            json.WriteStartObject("judgedBy");
            json.WriteString("tool", receipt.Provenance.ToolVersion);
            json.WriteStringArray("rulesVersions", receipt.Provenance.RulesVersions);
            json.WriteStartArray("trustAnchors");
            foreach (TrustAnchor anchor in receipt.Provenance.TrustAnchors)
            {
                json.WriteStartObject();
                json.WriteString("name", anchor.Name);
                json.WriteString("sha256", anchor.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("inputs");
            foreach (InputHash input in receipt.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("role", input.Role);
                json.WriteString("source", input.Source);
                json.WriteString("sha256", input.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (UnitVerdict unit in receipt.Units)
            {
                json.WriteStartObject();
                json.WriteString("serial", unit.Serial);
                json.WriteString("verdict", unit.Verdict);
                json.WriteStringArray("reasons", unit.Reasons);
                json.WriteNumberOrNull("micDaysLeft", unit.MicDaysLeft);
                json.WriteString("micJudgedOn", unit.MicJudgedOn);
                json.WriteStringArray("exceptions", unit.ExceptionsApplied);
                json.WriteStringArray("sources", unit.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteCsv(AcceptanceReceipt receipt, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("serial,verdict,reasons,mic_days_left,mic_judged_on,exceptions,sources\r\n");
        foreach (UnitVerdict unit in receipt.Units)
        {
            string[] cells =
            [
                CsvCell.Text(unit.Serial),
                CsvCell.Value(unit.Verdict),
                CsvCell.Text(string.Join(" | ", unit.Reasons)),
                CsvCell.Value(unit.MicDaysLeft?.ToString(CultureInfo.InvariantCulture)),
                CsvCell.Value(unit.MicJudgedOn),
                CsvCell.Text(string.Join(" | ", unit.ExceptionsApplied)),
                CsvCell.Text(string.Join(";", unit.Sources)),
            ];
            CsvCell.WriteRow(output, cells);
        }

        foreach (InputHash input in receipt.Inputs)
        {
            output.Write($"# {input.Role} {input.Source} sha256={input.Sha256 ?? "not hashed (standard input)"}\r\n");
        }

        output.Write($"# judged by certinspect {receipt.Provenance.ToolVersion}, rules {string.Join(", ", receipt.Provenance.RulesVersions)}\r\n");
        foreach (TrustAnchor anchor in receipt.Provenance.TrustAnchors)
        {
            output.Write($"# trust anchor {anchor.Name} sha256={anchor.Sha256}\r\n");
        }

        output.Write($"# verdict {receipt.Verdict} as of {receipt.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} under {receipt.Policy}\r\n");
    }
}
