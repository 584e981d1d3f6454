using System.Globalization;
using System.Text;
using CertInspect.Inputs;
using CertInspect.Rules;

namespace CertInspect.Tests.Rules;

/// <summary>
/// What case evaluation is tested on (CaseEvaluatorTests, CasePerturbationTests): every fixture folder of testdata, a
/// synthetic inventory of many variants (every family, duplicates, names and MACs in conflict, serials that are not
/// date-coded or were normalised, week 53, the MIC era's edges, the CSCur43050 window), and several contexts.
/// </summary>
internal static class CaseEvaluationInputs
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    public static readonly string[] Folders = ["sample-fleet", "captures", "certs", "field", "acceptance"];

    // One PID per model family of the rules data (Evaluate_EveryFamily_IsInTheSyntheticInventory checks), then models
    // without a family: PIDs whose serials carry no date code, a model no family knows, and none.
    public static readonly string?[] Models =
    [
        "AIR-CAP702I-E-K9", "AP802GN", "AIR-LAP1042N-E-K9", "AIR-LAP1142N-E-K9", "AIR-LAP1262N-E-K9", "AIR-CAP1532I-E-K9",
        "AIR-CAP1552E-E-K9", "AIR-AP1572EAC-E-K9", "AIR-CAP1602I-E-K9", "AIR-CAP1702I-E-K9", "AIR-CAP2602I-E-K9",
        "AIR-CAP2702I-E-K9", "AIR-CAP3502I-E-K9", "AIR-CAP3602I-E-K9", "AIR-CAP3702I-E-K9", "IW3702-2E-E-K9",
        "AIR-AP1542I-E-K9", "AIR-AP1562I-E-K9", "AIR-AP1832I-E-K9", "AIR-AP2802I-E-K9", "AIR-AP3802I-E-K9",
        "AIR-AP4800-E-K9", "C9120AXI-E", "AIR-CT5508-K9", "C9800-40-K9", "WS-C3850-48P", "ISR4331/K9", "ASA5506-K9",
        "AIR-CT7510-K9", "AIR-CTVM-K9", "XYZ-9000", null,
    ];

    // (year code, week): the MIC era's first and last weeks and those beside them, the CSCur43050 window (2014 weeks
    // 37-44) and its edges, week 53, and years before and after the era.
    private static readonly (int YearCode, int Week)[] Weeks =
    [
        (5, 10), (9, 28), (9, 29), (13, 10), (16, 40), (18, 31), (18, 32), (18, 37), (18, 44), (18, 45), (18, 53),
        (21, 26), (21, 27), (24, 52), (29, 5),
    ];

    public static IEnumerable<EvaluationContext> Contexts()
    {
        yield return new EvaluationContext(AsOf, [90, 365]);
        yield return new EvaluationContext(AsOf, [90, 365]) { ControllerRelease = "8.0.100.0" };
        yield return new EvaluationContext(AsOf, [90, 365]) { ControllerPlatform = "9800" };
        yield return new EvaluationContext(new DateOnly(2015, 6, 1), [30, 180, 3650]);
    }

    // Every model with every week, each from two factories, and the rows a bulk inventory also holds: repeated serials
    // (alike, with other names, with other MACs), serials written in other forms, serials without a date code, rows
    // without a name, MAC or site, a MAC that is not one, and malformed serials.
    public static InputSource SyntheticInventory()
    {
        var csv = new StringBuilder("AP Name,Serial Number,PID,Ethernet MAC,Site,Owner\n");
        int row = 0;
        foreach (string? model in Models)
        {
            foreach ((int yearCode, int week) in Weeks)
            {
                foreach (string factory in new[] { "FOC", "FCW" })
                {
                    // Both factories of a (model, week) leave out the same cells: one case, two devices.
                    row++;
                    int pair = (row - 1) / 2;
                    string serial = string.Create(CultureInfo.InvariantCulture, $"{factory}{yearCode:D2}{week:D2}{row:X4}");
                    string name = pair % 7 == 0 ? string.Empty : $"AP-{row:D4}";
                    string mac = pair % 5 == 0 ? string.Empty : pair % 11 == 0 ? "not-a-mac" : string.Create(CultureInfo.InvariantCulture, $"00:11:22:33:{row / 256:x2}:{row % 256:x2}");
                    string site = pair % 3 == 0 ? string.Empty : $"SITE-{row % 4}";
                    string owner = row % 2 == 0 ? string.Empty : "netops";
                    csv.Append(CultureInfo.InvariantCulture, $"{name},{serial},{model},{mac},{site},{owner}\n");
                }
            }
        }

        csv.Append("""
            AP-DUP,FOC1837D0P1,AIR-CAP2602I-E-K9,00:11:22:44:00:01,SITE-1,
            AP-DUP,FOC1837D0P1,AIR-CAP2602I-E-K9,00:11:22:44:00:01,SITE-1,
            AP-ONE,FOC1837D0P2,AIR-CAP2602I-E-K9,00:11:22:44:00:02,SITE-1,
            AP-TWO,FOC1837D0P2,,00:11:22:44:00:02,SITE-2,
            AP-MAC,FOC1837D0P3,AIR-CAP3702I-E-K9,00:11:22:44:00:03,,
            AP-MAC,FOC1837D0P3,AIR-CAP3702I-E-K9,00:11:22:44:00:04,,
            AP-LATE,FOC1838D0P4,,,,
            AP-LATE,FOC1838D0P4,AIR-CT7510-K9,,,
            AP-LOW,foc1837d0p5,AIR-CAP2602I-E-K9,,SITE-1,
            AP-SPACED, FOC 1837 D0P6 ,AIR-CAP2602I-E-K9,,SITE-1,
            AP-QUOTED,'FOC1837D0P7',AIR-CAP2602I-E-K9,,SITE-1,
            OPTICS,FAA12345678,,,,
            CERENT,123456,,,,
            WLC-7510,9DSJVQZ7O6I,AIR-CT7510-K9,,SITE-9,
            WLC-VM,9DSJVQZ7O6J,AIR-CTVM-K9,,SITE-9,
            AP-NA,N/A,AIR-CAP2602I-E-K9,,,
            AP-W00,FOC1800A1B2,AIR-CAP2602I-E-K9,,,
            =cmd,FOC1837D0P8,AIR-CAP2602I-E-K9,,-SITE,

            """);
        byte[] bytes = Encoding.UTF8.GetBytes(csv.ToString());
        return new InputSource("synthetic-inventory.csv", () => new MemoryStream(bytes));
    }
}
