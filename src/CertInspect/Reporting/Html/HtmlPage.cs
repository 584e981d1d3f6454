namespace CertInspect.Reporting.Html;

/// <summary>The HTML report's device table columns, style and script: static text, kept apart from what the writer
/// fills in.</summary>
internal static class HtmlPage
{
    public static IReadOnlyList<(string Key, string Label)> Columns { get; } =
    [
        ("risk", "Risk"), ("serial", "Serial"), ("name", "Name"), ("model", "Model"), ("site", "Site"),
        ("built", "Built"), ("micEnds", "MIC ends"), ("trustEnds", "Trust ends"), ("findings", "Findings"),
    ];

    public const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:1.2em auto;max-width:1320px;padding:0 1em;color:#1d2330}
        h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}.note,#summary{color:#555}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:.6em}
        .card{border-radius:8px;padding:.6em .8em;background:#f1f3f5}.card b{display:block;font-size:2.1em;line-height:1.1}
        .card small{display:block;color:#555;font-size:.8em;margin-top:.3em}
        .card.bad{background:#f8d7da}.card.bad b{color:#a4161a}.card.warn{background:#fff0d6}.card.warn b{color:#9c4f00}
        #fixes,#minor-fixes ol{padding-left:1.4em}.fix{margin:.5em 0;padding:.3em .6em;border-left:5px solid #ccc}.fix p{margin:.15em 0}
        .places{color:#444;font-size:.92em}.sev{font-size:.75em;text-transform:uppercase;letter-spacing:.04em;color:#555}
        .fix.risk-critical{border-color:#c0392b}.fix.risk-high{border-color:#e67e22}.fix.risk-medium{border-color:#d4ac0d}
        .fix.risk-low{border-color:#2e86c1}.fix.risk-info{border-color:#999}
        .scroll{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
        #devices td:not(:last-child){white-space:nowrap}
        #devices th{cursor:pointer;background:#f4f4f4}#devices th.sorted::after{content:" ▾"}
        tr.risk-critical{background:#f8d7da}tr.risk-high{background:#fde2c8}tr.risk-medium{background:#fff3cd}
        tr.risk-low{background:#e2f0fb}tr.risk-info{background:#f1f1f1}tr.risk-unjudged{background:#ece4f5}tr.risk-ok{background:#e6f4ea}
        #timeline{width:100%;min-width:640px;height:auto;max-height:320px}#timeline rect.ends{fill:#e67e22}#timeline rect.ended{fill:#c0392b}
        #timeline .grid{stroke:#e3e3e3}#timeline .tick{stroke:#777}#timeline .axis{font-size:11px;fill:#555}
        #timeline line.today{stroke:#1d2330;stroke-dasharray:4 3}#timeline line.milestone{stroke:#7d3c98;stroke-dasharray:2 3}
        #timeline .today-label{font-size:11px}#timeline .milestone-label{font-size:11px;fill:#7d3c98}
        details li{margin:.3em 0}code{font-size:12px}dd{margin:0 0 .8em 1em}
        """;

    public const string Script = """
        (function () {
          var data = JSON.parse(document.getElementById('data').textContent);
          var rules = JSON.parse(document.getElementById('rules').textContent);
          var devices = data.devices;
          var columns = ['risk', 'serial', 'name', 'model', 'site', 'built', 'micEnds', 'trustEnds', 'findings'];
          var body = document.querySelector('#devices tbody');
          var filter = document.getElementById('filter');
          var sortKey = 'rank', descending = true;
          function text(tag, value) { var e = document.createElement(tag); e.textContent = value; return e; }
          function findingsCell(device) {
            var cell = document.createElement('td');
            if (device.why) { cell.appendChild(text('div', device.risk + ': ' + device.why + '.')); }
            if (device.findings.length === 0) { return cell; }
            var details = document.createElement('details');
            details.appendChild(text('summary', device.findings.length + ' finding' + (device.findings.length > 1 ? 's' : '')
              + ': ' + device.findings.map(function (f) { return f.rule; }).join(', ')));
            var list = document.createElement('ul');
            device.findings.forEach(function (f) {
              var rule = rules[f.rule] || {};
              var item = document.createElement('li');
              item.appendChild(text('strong', f.severity + ' ' + f.rule + ': '));
              item.appendChild(document.createTextNode(f.message + (rule.detail ? ' ' + rule.detail : '')));
              var aireOs = 'aireOs' in f ? f.aireOs : rule.aireOs, c9800 = 'catalyst9800' in f ? f.catalyst9800 : rule.catalyst9800;
              if (aireOs) { item.appendChild(text('div', 'AireOS: ' + aireOs)); }
              if (c9800) { item.appendChild(text('div', 'Catalyst 9800: ' + c9800)); }
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
            document.getElementById('shown').textContent = rows.length + ' of ' + devices.length + ' devices listed'
              + (data.total > devices.length ? ' (of ' + data.total + ' in the audit)' : '');
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
