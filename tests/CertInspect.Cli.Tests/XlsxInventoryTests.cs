using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>
/// .xlsx inventories end to end (issue 27, point 6): testdata/inventories/fleet-two-sheets.xlsx, made with its CSV twin
/// by make_inventories.py (a title row, two inventory sheets, a sheet that is none), audited beside the twin.
/// </summary>
public sealed partial class XlsxInventoryTests
{
    private static readonly string Workbook = TestData.Path("inventories", "fleet-two-sheets.xlsx");
    private static readonly string Twin = TestData.Path("inventories", "fleet-two-sheets.csv");

    // The sheets' data rows: HQ's header is row 4 and its row 8 holds styled empty cells only; Branch's header is row 1.
    private static readonly string[] _dataRows = ["Branch!2", "Branch!3", "Branch!4", "Branch!5", "Branch!6", "HQ!10", "HQ!11", "HQ!5", "HQ!6", "HQ!7", "HQ!9"];

    private static JsonDocument Audit(params string[] inputs)
    {
        CliRun run = CliRun.Invoke([.. inputs.Prepend("audit"), "--as-of", "2026-11-21", "--format", "json"]);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        return JsonDocument.Parse(run.Output);
    }

    [Fact]
    public void Audit_WorkbookAndItsCsvTwin_GiveTheSameDevicesFindingsAndInputErrors()
    {
        using JsonDocument workbook = Audit(Workbook);
        using JsonDocument twin = Audit(Twin);

        Assert.Equal(Devices(twin), Devices(workbook));
        Assert.Equal(Errors(twin), Errors(workbook));
        Assert.Equal(9, workbook.RootElement.GetProperty("devices").GetArrayLength());
        JsonElement input = Assert.Single(workbook.RootElement.GetProperty("inputs").EnumerateArray().ToArray());
        Assert.Equal(("inventory-xlsx", 11, 2), (input.GetProperty("kind").GetString(), input.GetProperty("rows").GetInt32(), input.GetProperty("inputErrors").GetInt32()));
    }

    [Fact]
    public void Audit_Workbook_EveryRowIsADeviceOrAnInputError_CitedBySheetAndRow()
    {
        using JsonDocument report = Audit(Workbook);
        JsonElement root = report.RootElement;

        string[] rows = [.. root.GetProperty("devices").EnumerateArray().SelectMany(d => d.GetProperty("rows").EnumerateArray())
            .Concat(root.GetProperty("inputErrors").EnumerateArray())
            .Select(r => $"{r.GetProperty("source").GetString()}!{r.GetProperty("line").GetInt64()}").Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal([.. _dataRows.Select(r => $"{Workbook}:{r}")], rows);
        Assert.Equal(root.GetProperty("inputs")[0].GetProperty("rows").GetInt32(), rows.Length);
    }

    [Fact]
    public void Audit_Workbook_TableCitesRowsAsSheetAndRowNumber()
    {
        CliRun run = CliRun.Invoke("audit", Workbook, "--as-of", "2026-11-21");

        Assert.Contains($"{Workbook}:HQ!9: 'N/A' is a placeholder, not a serial", run.Output, StringComparison.Ordinal);
        Assert.Contains($"listed 2 times ({Workbook}:HQ!5, {Workbook}:Branch!4)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_HostileWorkbookBesideGoodInput_IsOneInputErrorAndTheBatchGoesOn()
    {
        // A DTD with an external entity in the workbook part: refused, never resolved; the CSV after it is read.
        using TempFile hostile = TempFile.WithBytes(Rezip(File.ReadAllBytes(Workbook), "xl/workbook.xml",
            text => text.Replace("<workbook ", "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><workbook ", StringComparison.Ordinal)), ".xlsx");

        using JsonDocument report = Audit(hostile.Path, Twin);

        JsonElement root = report.RootElement;
        Assert.Equal(9, root.GetProperty("devices").GetArrayLength());
        JsonElement error = root.GetProperty("inputErrors").EnumerateArray().Single(e => e.GetProperty("source").GetString() == hostile.Path);
        Assert.Equal("xl/workbook.xml declares a DTD: a workbook part never does, and its entities are not expanded or fetched; the rest of the workbook is not read", error.GetProperty("message").GetString());
        Assert.DoesNotContain("root:", report.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    // [MS-CFB] §2.2: an OLE2 compound file, the container of .xls; its directory names the "Workbook" stream.
    [InlineData("xls", "an Excel 97-2003 workbook (.xls): CertInspect reads Excel workbooks as .xlsx only; save it as .xlsx or CSV")]
    [InlineData("docx", "a Word document (.docx), not an Excel workbook")]
    public void Audit_OtherOfficeFiles_OneInputErrorSayingWhatTheFileIs(string kind, string expected)
    {
        byte[] bytes = kind == "xls"
            ? [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("Root Entry\0"), .. new byte[106], .. Encoding.Unicode.GetBytes("Workbook\0")]
            : Zip(("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"), ("[Content_Types].xml", "<Types/>"));
        using TempFile file = TempFile.WithBytes(bytes, "." + kind);

        CliRun run = CliRun.Invoke("audit", file.Path, "--as-of", "2026-11-21", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        Assert.StartsWith(expected, report.RootElement.GetProperty("inputErrors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [OpenpyxlFact]
    public void Audit_Workbook_RowsReadAsOpenpyxlReadsThem()
    {
        // openpyxl's cached values (data_only: a formula's result), dates as ISO dates, rows as CSV: what each row's
        // text in the report must be, whether it became a device or an input error.
        const string Script = """
            import csv, io, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1], data_only=True)
            for sheet, header in (("HQ", 4), ("Branch", 1)):
                for row in book[sheet].iter_rows(min_row=header + 1):
                    values = ["" if c.value is None else c.value.date().isoformat() if hasattr(c.value, "date") else str(c.value) for c in row]
                    while values and values[-1] == "":
                        values.pop()
                    if values:
                        out = io.StringIO()
                        csv.writer(out, lineterminator="").writerow(values)
                        print(f"{sheet}!{row[0].row}\t{out.getvalue()}")
            """;
        (int exit, string output) = Openpyxl.Run(Script, [Workbook]);
        Assert.True(exit == 0, output);
        using JsonDocument report = Audit(Workbook);
        JsonElement root = report.RootElement;

        var texts = root.GetProperty("devices").EnumerateArray().SelectMany(d => d.GetProperty("rows").EnumerateArray())
            .Concat(root.GetProperty("inputErrors").EnumerateArray())
            .Select(r => $"{r.GetProperty("source").GetString()![(Workbook.Length + 1)..]}!{r.GetProperty("line").GetInt64()}\t{r.GetProperty("text").GetString()}")
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), texts);
    }

    // Each device as the reports compare: key, identity, risk, findings and notes, with row citations made neutral
    // (a CSV line and a sheet's row name the same row in different words).
    private static string[] Devices(JsonDocument report) =>
        [.. report.RootElement.GetProperty("devices").EnumerateArray().Select(d => Neutral(string.Join(" | ",
            d.GetProperty("key").GetString(), d.GetProperty("serial").GetString(), d.GetProperty("name").GetString(), d.GetProperty("model").GetString(),
            d.GetProperty("mac").GetString(), d.GetProperty("site").GetString(), d.GetProperty("deviceType").GetString(), d.GetProperty("risk").GetString(),
            d.GetProperty("rows").GetArrayLength(), d.GetProperty("extra").GetRawText(), d.GetProperty("notes").GetRawText(),
            string.Join("; ", d.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("message").GetString()}")))))];

    private static string[] Errors(JsonDocument report) =>
        [.. report.RootElement.GetProperty("inputErrors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];

    private static string Neutral(string text) => RowCitation().Replace(text, "ROW");

    [GeneratedRegex(@"[^ (,]*fleet-two-sheets\.(xlsx:\w+!|csv:)\d+")]
    private static partial Regex RowCitation();

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string text) in parts)
            {
                using Stream entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Rezip(byte[] workbook, string part, Func<string, string> change)
    {
        using var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return Zip([.. archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            string text = reader.ReadToEnd();
            return (e.FullName, e.FullName == part ? change(text) : text);
        })]);
    }
}
