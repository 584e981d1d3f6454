using System.Globalization;
using System.Net;
using System.Text;
using CertInspect.Reporting.Models;

namespace CertInspect.Reporting.Html;

/// <summary>
/// The outlook's first ends per quarter as an inline SVG bar chart on a true time axis: each bar spans its quarter's
/// dates, so years without ends show as gaps; a y-axis with counts; vertical lines at the report's date and at each
/// Cisco CA's end, each line saying what it is ("2029-05-14: Cisco Root CA 2048 and the CAs under it end"). Scales
/// with the page width (viewBox), so it reads on a phone.
/// </summary>
internal static class HtmlTimeline
{
    private const double Width = 960;
    private const double Height = 220;
    private const double Left = 48;
    private const double Right = 12;
    private const double Top = 12;
    private const double Bottom = 36;

    public static string Svg(FleetOutlook outlook, DateOnly asOf, IReadOnlyList<Milestone> milestones)
    {
        if (outlook.FirstEnds.Count == 0)
        {
            return "<p>No device has a known MIC or trust end.</p>";
        }

        DateOnly first = Min(outlook.FirstEnds[0].Start, asOf);
        DateOnly last = Max(outlook.FirstEnds[^1].Start.AddMonths(3), milestones.Count > 0 ? milestones[^1].Date : asOf);
        first = new DateOnly(first.Year, 1, 1);
        last = new DateOnly(last.Year + 1, 1, 1);
        int max = NiceCeiling(outlook.FirstEnds.Max(q => q.Devices));
        double plotWidth = Width - Left - Right;
        double plotHeight = Height - Top - Bottom;
        double X(DateOnly date) => Left + (plotWidth * (date.DayNumber - first.DayNumber) / (last.DayNumber - first.DayNumber));
        double Y(int count) => Top + plotHeight - (plotHeight * count / max);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"timeline\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Devices whose certificates first end, per quarter, on a time axis\">");
        // Gridlines at a readable step: a fifth of 1 or 5 times a power of ten, a quarter of 2 times one.
        int tickStep = Math.Max(1, max / (max.ToString(CultureInfo.InvariantCulture)[0] == '2' ? 4 : 5));
        for (int count = 0; count <= max; count += tickStep)
        {
            double y = Y(count);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/><text class=\"axis\" x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{count}</text>");
        }

        int years = last.Year - first.Year;
        int step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
        for (int year = first.Year; year <= last.Year; year++)
        {
            if (year % step != 0 && year != first.Year)
            {
                continue;
            }

            double x = X(new DateOnly(year, 1, 1));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top + plotHeight}\" y2=\"{Top + plotHeight + 4}\"/><text class=\"axis\" x=\"{x:0.#}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{year}</text>");
        }

        foreach (QuarterCount quarter in outlook.FirstEnds)
        {
            double x = X(quarter.Start);
            double width = Math.Max(2, X(quarter.Start.AddMonths(3)) - x - 1);
            double y = Y(quarter.Devices);
            string kind = quarter.Start.AddMonths(3) <= asOf ? "ended" : "ends";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{kind}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{Top + plotHeight - y:0.#}\"><title>{quarter.Name}: {quarter.Devices} devices</title></rect>");
        }

        Marker(svg, X(asOf), "today", string.Create(CultureInfo.InvariantCulture, $"today {asOf:yyyy-MM-dd}"), 0);
        int row = 1;
        foreach (Milestone milestone in milestones.Where(m => m.IsCaEnd))
        {
            Marker(svg, X(milestone.Date), "milestone", string.Create(CultureInfo.InvariantCulture, $"{milestone.Date:yyyy-MM-dd}: {milestone.Label}"), row++);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    // A dashed vertical line with what it marks; labels step down a row each, so close dates do not print over each
    // other, and one in the right half of the plot reads leftwards from its line, so that it stays inside the chart.
    private static void Marker(StringBuilder svg, double x, string kind, string label, int row)
    {
        bool leftwards = x > Left + ((Width - Left - Right) / 2);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{kind}\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\"><title>{WebUtility.HtmlEncode(label)}</title></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{kind}-label\" x=\"{(leftwards ? x - 3 : x + 3):0.#}\" y=\"{Top + 10 + (13 * (row % 4))}\"{(leftwards ? " text-anchor=\"end\"" : string.Empty)}>{WebUtility.HtmlEncode(label)}</text>");
    }

    // 1, 2, 5 times a power of ten: axis labels people read at a glance.
    private static int NiceCeiling(int value)
    {
        int power = 1;
        while (true)
        {
            foreach (int step in (ReadOnlySpan<int>)[1, 2, 5])
            {
                if (step * power >= value)
                {
                    return step * power;
                }
            }

            power *= 10;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
