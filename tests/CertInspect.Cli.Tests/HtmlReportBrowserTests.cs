using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertInspect.Cli.Tests;

/// <summary>
/// Loads the HTML report of the sample fleet in headless Chromium (Debian's package, which .ci/run installs) and
/// checks the table the browser rendered against the JSON report: every device, with its risk. Where Chromium is not
/// installed the test is a visible skip, except under CI, which must have it.
/// </summary>
public sealed partial class HtmlReportBrowserTests
{
    private static readonly string SampleFleet = TestData.Path("sample-fleet");

    [ChromiumFact]
    public void Html_RendersInChromium_AndItsTableMatchesTheJsonReport()
    {
        string chromium = Chromium.Path ?? throw new InvalidOperationException("CI must install Debian's chromium (see .ci/run).");

        using TempFile html = TempFile.Reserve(".html");
        CliRun written = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "html", "--output", html.Path);
        CliRun json = CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json");
        Assert.Equal(0, written.ExitCode);
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=", File.ReadAllText(html.Path));

        string dom = DumpDom(chromium, html.Path);

        var rendered = RenderedRow().Matches(dom).Select(m => (Key: m.Groups["key"].Value, Risk: m.Groups["risk"].Value)).ToList();
        using JsonDocument report = JsonDocument.Parse(json.Output);
        var expected = report.RootElement.GetProperty("devices").EnumerateArray()
            .Select(d => (Key: d.GetProperty("key").GetString()!, Risk: d.GetProperty("risk").GetString()!))
            .ToList();
        Assert.Equal(expected.Count, rendered.Count);
        Assert.Equal(expected.OrderBy(d => d.Key, StringComparer.Ordinal), rendered.OrderBy(d => d.Key, StringComparer.Ordinal));
        Assert.Equal(rendered.Select(r => Rank(r.Risk)).OrderDescending(), rendered.Select(r => Rank(r.Risk)));
        Assert.Contains($"{expected.Count} of {expected.Count} devices", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_InputText_CannotCloseTheScriptOrAddMarkup()
    {
        const string Hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        CliRun run = CliRun.Invoke(["audit", "-", "--as-of", "2026-11-21", "--format", "html"], $"Serial,AP Name,Site\nFOC1837X1Y2,\"{Hostile}\",\"<b>HQ</b>\"\n");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("<script>alert", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>HQ", run.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;HQ&lt;/b&gt;", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(run.Output, "</script>"));
    }

    [ChromiumFact]
    public void Html_FirstScreen_HeadlineAndFixesEqualTheJsonReport_AtDesktopAndPhoneSizes()
    {
        string chromium = Chromium.Path ?? throw new InvalidOperationException("CI must install Debian's chromium (see .ci/run).");
        using TempFile html = TempFile.Reserve(".html");
        Assert.Equal(0, CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "html", "--output", html.Path).ExitCode);
        using JsonDocument report = JsonDocument.Parse(CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "json").Output);
        JsonElement outlook = report.RootElement.GetProperty("summary").GetProperty("outlook");
        var headline = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["cannot-join-today"] = outlook.GetProperty("cannotJoinToday").GetInt32(),
            ["no-end-known"] = outlook.GetProperty("noEndKnown").GetInt32(),
            ["other-devices"] = outlook.GetProperty("otherDevices").GetInt32(),
        };

        // Cards shown only when there is something to count (issue 25): the devices nothing was checked on, and those
        // of unknown kind.
        foreach ((string card, int count) in new[] { ("unjudged", report.RootElement.GetProperty("summary").GetProperty("bySeverity").GetProperty("unjudged").GetInt32()), ("unknown-kind", outlook.GetProperty("unknownKind").GetInt32()) })
        {
            if (count > 0)
            {
                headline[card] = count;
            }
        }
        foreach (JsonElement stop in outlook.GetProperty("stopBy").EnumerateArray())
        {
            headline["stop-by-" + stop.GetProperty("date").GetString()] = stop.GetProperty("devices").GetInt32();
        }

        var fixes = outlook.GetProperty("fixes").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Devices: f.GetProperty("devices").GetInt32())).ToList();
        Assert.True(headline["cannot-join-today"] > 0);
        Assert.NotEmpty(fixes);

        foreach ((int width, int height) in new[] { (1400, 1000), (390, 844) })
        {
            string dom = DumpDom(chromium, html.Path, $"--window-size={width},{height}");
            var shown = Headline().Matches(dom).ToDictionary(m => m.Groups["id"].Value, m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            Assert.Equal(headline.OrderBy(h => h.Key, StringComparer.Ordinal), shown.OrderBy(h => h.Key, StringComparer.Ordinal));
            Assert.Equal(fixes, FixItem().Matches(dom).Select(m => (m.Groups["rule"].Value, int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture))));

            using TempFile png = TempFile.Reserve(".png");
            DumpDom(chromium, html.Path, $"--window-size={width},{height}", $"--screenshot={png.Path}");
            byte[] image = File.ReadAllBytes(png.Path);
            Assert.Equal((width, height), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20))));
        }
    }

    // Regression (issue 26, point 9): at 1400 px the device table broke dates and PIDs inside the value
    // ("2024-/09-10", "AIR-CAP2602I-/E-K9"), and the chart's dashed CA lines said only their date.
    [ChromiumFact]
    public void Html_At1400Pixels_KeepsEveryValueWholeAndNamesEachCaLineInsideTheChart()
    {
        string chromium = Chromium.Path ?? throw new InvalidOperationException("CI must install Debian's chromium (see .ci/run).");
        using TempFile html = TempFile.Reserve(".html");
        Assert.Equal(0, CliRun.Invoke("audit", SampleFleet, "--as-of", "2026-11-21", "--format", "html", "--output", html.Path).ExitCode);

        // A probe run after the page's own script: the cells whose text the browser laid out on more than one line,
        // and the chart labels that reach outside the chart.
        const string Probe = """
            <script>
            (function () {
              var broken = [], outside = [], labels = [], cells = 0;
              document.querySelectorAll('#devices tbody td:not(:last-child)').forEach(function (td) {
                if (!td.textContent) { return; }
                cells++;
                var range = document.createRange();
                range.selectNodeContents(td);
                var tops = {};
                Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = true; });
                if (Object.keys(tops).length > 1) { broken.push(td.textContent); }
              });
              document.querySelectorAll('#timeline .milestone-label').forEach(function (t) {
                var box = t.getBBox();
                labels.push(t.textContent);
                if (box.x < 0 || box.x + box.width > 960) { outside.push(t.textContent); }
              });
              var probe = document.createElement('pre');
              probe.id = 'probe';
              probe.textContent = JSON.stringify({ cells: cells, broken: broken, outside: outside, labels: labels });
              document.body.appendChild(probe);
            })();
            </script>
            """;
        File.WriteAllText(html.Path, File.ReadAllText(html.Path).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        string dom = DumpDom(chromium, html.Path, "--window-size=1400,1000");

        using JsonDocument probe = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(Regex.Match(dom, "<pre id=\"probe\">(?<json>.*?)</pre>", RegexOptions.Singleline).Groups["json"].Value));
        Assert.True(probe.RootElement.GetProperty("cells").GetInt32() > 41 * 4);
        Assert.Equal([], probe.RootElement.GetProperty("broken").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([], probe.RootElement.GetProperty("outside").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("2029-05-14: Cisco Root CA 2048 and the CAs under it end", probe.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    private static int Rank(string risk) => Array.IndexOf(["ok", "info", "unjudged", "low", "medium", "high", "critical"], risk);

    // Chromium's DOM after scripts ran (--dump-dom), or, given --screenshot=FILE, the picture of the first screen.
    private static string DumpDom(string chromium, string file, params string[] extra)
    {
        string profile = Directory.CreateTempSubdirectory("certinspect-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
                .. extra, .. extra.Any(a => a.StartsWith("--screenshot", StringComparison.Ordinal)) ? (string[])["--hide-scrollbars"] : ["--dump-dom"], new Uri(file).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 90 seconds.");
            }

            return output.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [GeneratedRegex("data-headline=\"(?<id>[^\"]+)\" data-count=\"(?<count>[0-9]+)\"")]
    private static partial Regex Headline();

    [GeneratedRegex("<li class=\"fix [^\"]+\" data-rule=\"(?<rule>[^\"]+)\" data-count=\"(?<count>[0-9]+)\"")]
    private static partial Regex FixItem();

    [GeneratedRegex("<tr class=\"risk-[a-z]+\" data-key=\"(?<key>[^\"]+)\" data-risk=\"(?<risk>[a-z]+)\"")]
    private static partial Regex RenderedRow();
}
