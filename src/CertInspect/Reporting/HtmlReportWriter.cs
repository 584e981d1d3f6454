using System.Globalization;
using System.Net;
using System.Text.Json;
using CertInspect.Evidence;
using CertInspect.Rules;

namespace CertInspect.Reporting;

/// <summary>
/// One self-contained HTML file for people who do not read JSON: the summary (by risk, by rule, by site), a timeline
/// of MIC and trust ends per quarter as inline SVG, and the devices as a table the reader can sort and filter, each
/// finding with its evidence and remediation. No external scripts, fonts or images. The devices are embedded as
/// JSON (escaped so that no input text can close the script) and the page builds the table with textContent only.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public bool PrintsSummary => true;

    private static readonly JsonWriterOptions _embedded = new() { Indented = false };

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        List<DeviceReport> devices = [.. report.Devices.OrderByDescending(d => (int?)d.Risk ?? 0)];
        string asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine($"<title>CertInspect audit as of {asOf}</title>");
        output.WriteLine("<style>" + Style + "</style></head><body>");
        output.WriteLine($"<h1>CertInspect audit as of {asOf}</h1>");
        output.WriteLine($"<p id=\"summary\">{report.RequiredSummary.Devices.ToString(CultureInfo.InvariantCulture)} devices, {report.RequiredSummary.InputErrors.ToString(CultureInfo.InvariantCulture)} input errors; rules {Html(string.Join(", ", report.RulesVersions))}.</p>");

        output.WriteLine("<section class=\"counts\">");
        WriteCounts(output, "By risk", "by-risk", report.RequiredSummary.ByRisk);
        WriteCounts(output, "By rule", "by-rule", report.RequiredSummary.ByRule);
        WriteCounts(output, "By site", "by-site", devices.GroupBy(d => d.Device.Site ?? "(no site)").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).ToList());
        output.WriteLine("</section>");

        output.WriteLine("<h2>Ends per quarter</h2>");
        output.WriteLine(Timeline(devices));

        output.WriteLine("<h2>Devices</h2>");
        output.WriteLine("<p><label>Filter <input id=\"filter\" type=\"search\" placeholder=\"serial, name, model, site, rule, risk\"></label> <span id=\"shown\"></span></p>");
        output.WriteLine("<table id=\"devices\"><thead><tr>");
        foreach ((string key, string label) in _columns)
        {
            output.WriteLine($"<th data-column=\"{key}\">{label}</th>");
        }

        output.WriteLine("</tr></thead><tbody></tbody></table>");

        if (report.InputErrors.Count > 0)
        {
            output.WriteLine("<h2>Input errors</h2><ul id=\"input-errors\">");
            foreach (InputError error in report.InputErrors)
            {
                output.WriteLine($"<li><code>{Html(error.Location.ToString())}</code> {Html(error.Message)}</li>");
            }

            output.WriteLine("</ul>");
        }

        output.Write("<script type=\"application/json\" id=\"data\">");
        output.Write(DeviceData(devices, report.AsOf));
        output.WriteLine("</script>");
        output.WriteLine("<script>" + Script + "</script>");
        output.WriteLine("</body></html>");
    }

    private static readonly (string Key, string Label)[] _columns =
    [
        ("risk", "Risk"), ("serial", "Serial"), ("name", "Name"), ("model", "Model"), ("site", "Site"),
        ("built", "Built"), ("micEnds", "MIC ends"), ("trustEnds", "Trust ends"), ("findings", "Findings"),
    ];

    private static void WriteCounts(TextWriter output, string title, string id, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        output.WriteLine($"<table class=\"count\" id=\"{id}\"><caption>{title}</caption>");
        foreach ((string key, int count) in counts)
        {
            output.WriteLine($"<tr><th>{Html(key)}</th><td>{count.ToString(CultureInfo.InvariantCulture)}</td></tr>");
        }

        output.WriteLine("</table>");
    }

    // Two bars per quarter: MIC ends (the certificate's when known, else the prediction) and trust ends (the earliest
    // notAfter along a device's chains).
    private static string Timeline(IReadOnlyList<DeviceReport> devices)
    {
        var mic = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var trust = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (DeviceReport device in devices)
        {
            if (MicEnd(device) is { } micEnd)
            {
                mic[Quarter(micEnd)] = mic.GetValueOrDefault(Quarter(micEnd)) + 1;
            }

            if (device.TrustEnds is { } trustEnd)
            {
                string quarter = Quarter(DateOnly.FromDateTime(trustEnd.UtcDateTime));
                trust[quarter] = trust.GetValueOrDefault(quarter) + 1;
            }
        }

        List<string> quarters = [.. mic.Keys.Union(trust.Keys).Order(StringComparer.Ordinal)];
        if (quarters.Count == 0)
        {
            return "<p>No MIC or trust end is known.</p>";
        }

        const int BarWidth = 9;
        const int Height = 120;
        int max = Math.Max(1, quarters.Max(q => Math.Max(mic.GetValueOrDefault(q), trust.GetValueOrDefault(q))));
        int width = (quarters.Count * ((2 * BarWidth) + 6)) + 20;
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height + 60}\" role=\"img\" aria-label=\"MIC and trust ends per quarter\">");
        for (int i = 0; i < quarters.Count; i++)
        {
            int x = 10 + (i * ((2 * BarWidth) + 6));
            int micCount = mic.GetValueOrDefault(quarters[i]);
            int trustCount = trust.GetValueOrDefault(quarters[i]);
            int micHeight = micCount * Height / max;
            int trustHeight = trustCount * Height / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"mic\" x=\"{x}\" y=\"{Height - micHeight}\" width=\"{BarWidth}\" height=\"{micHeight}\"><title>{quarters[i]}: {micCount} MIC ends</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"trust\" x=\"{x + BarWidth}\" y=\"{Height - trustHeight}\" width=\"{BarWidth}\" height=\"{trustHeight}\"><title>{quarters[i]}: {trustCount} trust ends</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + 12}\" transform=\"rotate(60 {x} {Height + 12})\">{quarters[i]}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{Height + 55}\"><tspan class=\"mic-label\">■ MIC ends</tspan> <tspan class=\"trust-label\">■ trust ends</tspan> (largest bar: {max})</text></svg>");
        return svg.ToString();
    }

    private static DateOnly? MicEnd(DeviceReport device)
    {
        var identities = device.Device.Certificates.Where(c => c.Role is Evidence.CertificateRole.Mic or Evidence.CertificateRole.Sudi).ToList();
        return identities.Count > 0
            ? DateOnly.FromDateTime(identities.Min(c => c.Facts.NotAfter).UtcDateTime)
            : device.Device.PredictedMicExpiry?.Date;
    }

    private static string Quarter(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{((date.Month - 1) / 3) + 1}");

    // The devices for the page's script. JsonSerializer's default encoder escapes <, > and &, so no value can close
    // the script element or open markup.
    private static string DeviceData(IReadOnlyList<DeviceReport> devices, DateOnly asOf)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _embedded))
        {
            json.WriteStartArray();
            foreach (DeviceReport device in devices)
            {
                json.WriteStartObject();
                json.WriteString("key", device.Device.Key);
                json.WriteString("risk", SeverityNames.RiskName(device.Risk));
                json.WriteNumber("rank", (int?)device.Risk ?? 0);
                json.WriteString("serial", device.Device.Serial?.Text ?? device.Device.Key);
                json.WriteString("name", device.Device.Name ?? string.Empty);
                json.WriteString("model", device.Device.Model ?? string.Empty);
                json.WriteString("site", device.Device.Site ?? string.Empty);
                json.WriteString("built", device.Device.Serial?.Manufactured?.ToString() ?? string.Empty);
                json.WriteString("micEnds", MicEnd(device)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                json.WriteString("trustEnds", device.TrustEnds?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                json.WriteStartArray("findings");
                foreach (Finding finding in device.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", finding.RuleId);
                    json.WriteString("severity", finding.Severity.ToName());
                    json.WriteString("message", finding.Message);
                    json.WriteString("aireOs", finding.Remediation.AireOs);
                    json.WriteString("catalyst9800", finding.Remediation.Catalyst9800);
                    json.WriteStringArray("evidence", finding.Evidence.Select(e => $"{e.Location}: {e.Text}"));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
        .counts{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}caption{font-weight:bold;text-align:left}
        #devices th{cursor:pointer;background:#f4f4f4}#devices th.sorted::after{content:" ▾"}
        .risk-critical{background:#f8d7da}.risk-high{background:#fde2c8}.risk-medium{background:#fff3cd}
        .risk-low{background:#e2f0fb}.risk-info{background:#f1f1f1}.risk-ok{background:#e6f4ea}
        rect.mic{fill:#c0392b}rect.trust{fill:#2e86c1}.mic-label{fill:#c0392b}.trust-label{fill:#2e86c1}
        svg text{font-size:10px}details li{margin:.3em 0}code{font-size:12px}
        """;

    private const string Script = """
        (function () {
          var devices = JSON.parse(document.getElementById('data').textContent);
          var columns = ['risk', 'serial', 'name', 'model', 'site', 'built', 'micEnds', 'trustEnds', 'findings'];
          var body = document.querySelector('#devices tbody');
          var filter = document.getElementById('filter');
          var sortKey = 'rank', descending = true;
          function text(tag, value) { var e = document.createElement(tag); e.textContent = value; return e; }
          function findingsCell(device) {
            var cell = document.createElement('td');
            if (device.findings.length === 0) { return cell; }
            var details = document.createElement('details');
            details.appendChild(text('summary', device.findings.length + ' finding' + (device.findings.length > 1 ? 's' : '')
              + ': ' + device.findings.map(function (f) { return f.rule; }).join(', ')));
            var list = document.createElement('ul');
            device.findings.forEach(function (f) {
              var item = document.createElement('li');
              item.appendChild(text('strong', f.severity + ' ' + f.rule + ': '));
              item.appendChild(document.createTextNode(f.message));
              if (f.aireOs !== null) { item.appendChild(text('div', 'AireOS: ' + f.aireOs)); }
              if (f.catalyst9800 !== null) { item.appendChild(text('div', 'Catalyst 9800: ' + f.catalyst9800)); }
              f.evidence.forEach(function (e) { item.appendChild(text('div', '')).appendChild(text('code', e)); });
              list.appendChild(item);
            });
            details.appendChild(list);
            cell.appendChild(details);
            return cell;
          }
          function render() {
            var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
            var rows = devices.filter(function (d) {
              var haystack = [d.risk, d.serial, d.name, d.model, d.site].concat(d.findings.map(function (f) { return f.rule; })).join(' ').toLowerCase();
              return words.every(function (w) { return haystack.indexOf(w) >= 0; });
            });
            rows.sort(function (a, b) {
              var x = a[sortKey], y = b[sortKey];
              var order = x < y ? -1 : x > y ? 1 : 0;
              return descending ? -order : order;
            });
            body.textContent = '';
            rows.forEach(function (d) {
              var row = document.createElement('tr');
              row.className = 'risk-' + d.risk;
              row.setAttribute('data-key', d.key);
              row.setAttribute('data-risk', d.risk);
              columns.forEach(function (c) { row.appendChild(c === 'findings' ? findingsCell(d) : text('td', d[c])); });
              body.appendChild(row);
            });
            document.getElementById('shown').textContent = rows.length + ' of ' + devices.length + ' devices';
          }
          document.querySelectorAll('#devices th').forEach(function (th) {
            th.addEventListener('click', function () {
              var key = th.getAttribute('data-column') === 'risk' ? 'rank' : th.getAttribute('data-column');
              descending = key === sortKey ? !descending : key === 'rank';
              sortKey = key === 'findings' ? 'rank' : key;
              document.querySelectorAll('#devices th').forEach(function (h) { h.classList.toggle('sorted', h === th); });
              render();
            });
          });
          filter.addEventListener('input', render);
          render();
        })();
        """;
}
