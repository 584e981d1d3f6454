namespace CertInspect.Cli.Tests;

/// <summary>
/// Issue 26, point 7: at 80 columns (COLUMNS=80, the built command under bash, as a terminal of that width runs it)
/// every line every command prints, on standard output and standard error, and every help, is at most 80 characters.
/// The formats that are data rather than text for people (json, jsonl, csv, markdown, html, xlsx) are not wrapped.
/// </summary>
public sealed class WidthTests
{
    private const int Columns = 80;

    private static readonly string[] _runs =
    [
        "certinspect audit testdata/sample-fleet --as-of 2026-11-21",
        "certinspect audit testdata/captures testdata/certs --as-of 2026-11-21",
        "certinspect audit testdata/sample-fleet --as-of 2026-11-21 --fail-on high",
        "certinspect audit testdata/sample-fleet --as-of 2026-11-21 --output reports/audit.xlsx",
        "certinspect audit testdata/sample-fleet --as-of 2026-11-21 --output reports/q4.json",
        "certinspect audit testdata/sample-fleet --as-of 2027-06-01 --output reports/q2.json",
        "certinspect audit testdata/sample-fleet --asof 2026-11-21",
        "certinspect audit testdata/sample-fleet --format csv --output reports/audit.xlsx",
        "certinspect serial FOC1837X1Y2 FCW2103C1D2 9DSJVQZ7O6I 123456 N/A --model AIR-CAP2602I-E-K9 --as-of 2026-11-21",
        "certinspect serial FOC1837X1Y2 FGL2131A3JS FTX1246S3T4 --as-of 2026-11-21 --controller-release 8.0.100.0",
        "certinspect inspect testdata/sample-fleet/certs --trust testdata/sample-fleet/certs/ca-bundle.pem --as-of 2026-11-21",
        "certinspect inspect testdata/certs --as-of 2026-11-21",
        "certinspect parse testdata/captures --as-of 2026-11-21",
        "certinspect diff reports/q4.json reports/q2.json",
        "certinspect diff reports/q2.json reports/q4.json --fail-on high",
        "certinspect rules",
        "certinspect accept --policy testdata/acceptance/po-4500012345.json testdata/acceptance/delivery --as-of 2026-11-21 --output reports/receipt.json",
        "certinspect",
        "certinspect help",
        "certinspect --help",
        .. ((string[])["audit", "serial", "accept", "inspect", "parse", "diff", "rules", "help"]).SelectMany(c => (string[])[$"certinspect {c} --help", $"certinspect help {c}"]),
    ];

    // Regression (issue 26, point 7): at 80 columns serial printed lines of 324 characters, inspect 171 (the chain
    // line), diff 117, rules 639, and the help of audit lines of 224.
    [LinuxFact]
    public void EveryCommandAndEveryHelp_AtEightyColumns_PrintsNoLineLongerThanEighty()
    {
        using var shell = new ShellFolder();
        var variables = new Dictionary<string, string> { ["COLUMNS"] = "80" };
        var tooLong = new List<string>();
        foreach (string run in _runs)
        {
            (_, string output, string error) = shell.Run(run, variables);
            Assert.True(output.Length + error.Length > 0, $"'{run}' printed nothing");
            tooLong.AddRange(output.Split('\n').Concat(error.Split('\n'))
                .Where(line => line.Length > Columns)
                .Select(line => $"{run}: {line.Length} characters: {line}"));
        }

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }
}
