using System.Globalization;
using System.Net;
using CertInspect.Reporting.Models;
using CertInspect.Rules;

namespace CertInspect.Reporting.Html;

/// <summary>
/// The HTML report's first screen: one card per headline figure of the outlook, each saying what it counts and under
/// which condition, or, for a run that read no device, why nothing was read (no verdict, no "0 APs").
/// </summary>
internal static class HtmlHeadline
{
    public static void Write(TextWriter output, Report report, ReportSummary summary)
    {
        if (summary.Devices == 0)
        {
            output.WriteLine($"<section id=\"headline\"><p id=\"nothing-read\" class=\"card bad\"><b>Nothing was read</b><small>{Html(NothingRead.Why(report))}. No verdict is drawn.</small></p></section>");
            return;
        }

        FleetOutlook outlook = summary.Outlook;
        string asOf = Date(report.AsOf);
        output.WriteLine("<section id=\"headline\" class=\"cards\">");
        string predicted = outlook.CannotJoinPredicted > 0
            ? $" {Shown(outlook.CannotJoinPredicted)} of them only by the MIC end predicted from the serial (no certificate of theirs was given)."
            : string.Empty;
        Card(output, "cannot-join-today", outlook.CannotJoinToday, "bad", $"APs cannot join on {asOf}",
            "On a controller that enforces MIC validity: their MIC, SUDI or SSC, or the MIC predicted from the serial, has ended, or the evidence shows the join failing (a log, a join table, their controller's ended certificate)." + predicted);
        foreach (MilestoneCount stop in outlook.StopBy)
        {
            Card(output, "stop-by-" + Date(stop.Milestone.Date), stop.Devices, stop.Devices > 0 ? "warn" : "calm",
                $"in all stop by {Date(stop.Milestone.Date)}", $"{Capitalised(stop.Milestone.Label)}: a running total from {asOf}, which includes the figures before it; do not add them up.");
        }

        Card(output, "no-end-known", outlook.NoEndKnown, "calm", "APs with no known end", "No certificate in the run and no date in the serial: audit them with a capture or the certificate.");
        int unjudged = summary.ByRisk.FirstOrDefault(p => p.Key == Risk.Unjudged).Value;
        if (unjudged > 0)
        {
            Card(output, "unjudged", unjudged, "warn", "devices unjudged", "Nothing could be checked on them (no date-coded serial, certificate, proof or log; or a kind outside the rules with no certificate): they are not ok, they are unknown.");
        }

        if (outlook.UnknownKind > 0)
        {
            Card(output, "unknown-kind", outlook.UnknownKind, outlook.UnknownKindEnded > 0 ? "warn" : "calm", "devices of unknown kind",
                $"Nothing in the evidence says what they are, so they are not counted as APs above; {Shown(outlook.UnknownKindEnded)} of them hold a certificate that has ended.");
        }

        if (outlook.OtherDevices > 0)
        {
            Card(output, "other-devices", outlook.OtherDevices, outlook.OtherDevicesWithEndedCertificates > 0 ? "warn" : "calm", "other devices",
                $"Controllers, switches and routers are not counted above; {Shown(outlook.OtherDevicesWithEndedCertificates)} of them hold a certificate that has ended.");
        }

        output.WriteLine("</section>");
    }

    private static void Card(TextWriter output, string id, int count, string tone, string words, string why) =>
        output.WriteLine($"<div class=\"card {tone}\" data-headline=\"{id}\" data-count=\"{count.ToString(CultureInfo.InvariantCulture)}\"><b>{Shown(count)}</b> {Html(words)}<small>{Html(why)}</small></div>");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // For people: thousands separated (574,261).
    private static string Shown(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
