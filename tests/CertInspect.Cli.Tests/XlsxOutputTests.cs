using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>audit --format xlsx on the sample fleet, read back by openpyxl and compared with the JSON report.</summary>
public sealed class XlsxOutputTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    private const string ReadBack = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": book.sheetnames}
        devices = book["Devices"]
        out["frozen"] = devices.freeze_panes
        out["filter"] = devices.auto_filter.ref
        out["rows"] = [[c.value.strftime("%Y-%m-%d") if hasattr(c.value, "strftime") else c.value for c in row] for row in devices.iter_rows()]
        out["fills"] = [row[0].fill.fgColor.rgb for row in devices.iter_rows(min_row=2)]
        out["summary"] = [[c.value for c in row] for row in book["Summary"].iter_rows()]
        out["findings"] = book["Findings"].max_row - 1
        print(json.dumps(out))
        """;

    [OpenpyxlFact]
    public void Xlsx_OpenpyxlReadsEveryDeviceAndTheSummary_AsTheJsonReportHasThem()
    {
        using TempFile workbook = TempFile.Reserve(".xlsx");
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "xlsx", "--output", workbook.Path);
        using JsonDocument json = JsonDocument.Parse(CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json").Output);
        (int exit, string output) = Openpyxl.Run(ReadBack, [workbook.Path]);
        Assert.True(exit == 0, output);
        using JsonDocument read = JsonDocument.Parse(output);
        JsonElement root = read.RootElement;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Summary", "Devices", "Findings", "Input errors", "Rules"], root.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("A2", root.GetProperty("frozen").GetString());
        Assert.Equal("A1:W42", root.GetProperty("filter").GetString());
        JsonElement[] rows = [.. root.GetProperty("rows").EnumerateArray().Skip(1)];
        JsonElement[] devices = [.. json.RootElement.GetProperty("devices").EnumerateArray()];
        Assert.Equal(devices.Length, rows.Length);
        for (int i = 0; i < devices.Length; i++)
        {
            Assert.Equal(devices[i].GetProperty("key").GetString(), rows[i][19].GetString());
            Assert.Equal(devices[i].GetProperty("risk").GetString(), rows[i][0].GetString());
            string? predicted = devices[i].GetProperty("predictedMicExpiry").ValueKind == JsonValueKind.Object ? devices[i].GetProperty("predictedMicExpiry").GetProperty("date").GetString() : null;
            if (predicted is not null && devices[i].GetProperty("certificates").GetArrayLength() == 0)
            {
                Assert.Equal(predicted, rows[i][11].GetString());
            }
        }

        Assert.Equal("FFF8D7DA", root.GetProperty("fills")[0].GetString());
        Assert.Equal(devices.Sum(d => d.GetProperty("findings").GetArrayLength()), root.GetProperty("findings").GetInt32());
        JsonElement cannotJoin = root.GetProperty("summary").EnumerateArray().Single(r => r[0].GetString() == "APs that cannot join on 2026-11-21");
        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("outlook").GetProperty("cannotJoinToday").GetInt32(), cannotJoin[1].GetInt32());
    }

    [Fact]
    public void Xlsx_WithoutOutput_AsksForAFile()
    {
        CliRun run = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "xlsx");

        Assert.Equal(ExitCodes.UsageOrNothingReadable, run.ExitCode);
        Assert.Equal("certinspect: --format xlsx writes a workbook, which is not text: name the file with --output PATH.xlsx.", run.Error.Trim());
        Assert.Equal(string.Empty, run.Output);
    }
}
