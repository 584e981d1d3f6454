using System.Text;
using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// The format the --output file's name says: without --format the extension decides; a --format that contradicts
/// it, or an extension naming a format the command does not write, is a usage error and nothing is written.
/// </summary>
public sealed class OutputFormatTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    // Regression (issue 26, point 2): "--output report.xlsx" without --format wrote the text table into report.xlsx.
    [Theory]
    [InlineData(".xlsx", "PK\u0003\u0004")]
    [InlineData(".html", "<!DOCTYPE html>")]
    [InlineData(".json", "{\n  \"schemaVersion\"")]
    [InlineData(".jsonl", "{\"record\":\"device\"")]
    [InlineData(".csv", "key,serial,name,")]
    [InlineData(".md", "## CertInspect audit as of 2026-11-21")]
    [InlineData(".txt", "CertInspect audit as of 2026-11-21")]
    [InlineData(".XLSX", "PK\u0003\u0004")]
    public void Audit_OutputWithoutFormat_IsWrittenInTheFormatItsExtensionNames(string extension, string start)
    {
        using TempFile report = TempFile.Reserve(extension);

        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--output", report.Path);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.StartsWith(start, Encoding.Latin1.GetString(File.ReadAllBytes(report.Path)), StringComparison.Ordinal);
        Assert.Contains($"; wrote {report.Path} (41 devices", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherCommands_OutputWithoutFormat_FollowTheExtensionToo()
    {
        using TempFile audit = TempFile.Reserve(".json");
        using TempFile diff = TempFile.Reserve(".csv");
        using TempFile parsed = TempFile.Reserve(".json");
        using TempFile receipt = TempFile.Reserve(".csv");
        Assert.Equal(ExitCodes.Done, CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--output", audit.Path).ExitCode);

        CliRun diffRun = CliRun.Invoke("diff", audit.Path, audit.Path, "--output", diff.Path);
        CliRun parseRun = CliRun.Invoke("parse", TestData.Path("sample-fleet", "captures"), "--as-of", "2026-11-21", "--output", parsed.Path);
        CliRun acceptRun = CliRun.Invoke("accept", "--policy", TestData.Path("acceptance", "po-4500012345.json"), TestData.Path("acceptance", "delivery"), "--as-of", "2026-11-21", "--output", receipt.Path);

        Assert.Equal((ExitCodes.Done, ExitCodes.Done, ExitCodes.GateFailed), (diffRun.ExitCode, parseRun.ExitCode, acceptRun.ExitCode));
        Assert.StartsWith("change,key,serial,", File.ReadAllText(diff.Path), StringComparison.Ordinal);
        using JsonDocument captures = JsonDocument.Parse(File.ReadAllText(parsed.Path));
        Assert.Equal(2, captures.RootElement.GetProperty("captures").GetArrayLength());
        Assert.StartsWith("serial,", File.ReadAllText(receipt.Path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit SAMPLE", "--format csv --output REPORT.xlsx", "certinspect audit: --format csv contradicts --output REPORT.xlsx: a .xlsx file holds xlsx; leave --format out, or name the file .csv")]
    [InlineData("audit SAMPLE", "--format table --output REPORT.html", "certinspect audit: --format table contradicts --output REPORT.html: a .html file holds html; leave --format out, or name the file .txt")]
    [InlineData("diff OLD NEW", "--output REPORT.html", "certinspect diff: --output REPORT.html: diff does not write html (its formats: table, csv, json, markdown); name the file .txt, .csv, .json or .md")]
    [InlineData("accept --policy POLICY SAMPLE", "--output REPORT.xlsx", "certinspect accept: --output REPORT.xlsx: accept does not write xlsx (its formats: json, csv); name the file .json or .csv")]
    public void Commands_FormatAndExtensionThatDisagree_AreAUsageErrorAndWriteNothing(string command, string options, string message)
    {
        string folder = Directory.CreateTempSubdirectory("certinspect-format-").FullName;
        try
        {
            string extension = options[options.LastIndexOf('.')..];
            string path = Path.Combine(folder, "report" + extension);
            string[] args = [.. $"{command} {options}".Split(' ').Select(a => a == $"REPORT{extension}" ? path : a == "SAMPLE" ? SampleFleet : a)];

            CliRun run = CliRun.Invoke(args);

            Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
            Assert.Equal($"{message.Replace($"REPORT{extension}", path, StringComparison.Ordinal)}\nsee '{message.Split(':')[0]} --help'\n", run.Error);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
