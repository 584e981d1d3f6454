using System.Text.Json;

namespace CertInspect.Cli.Tests;

/// <summary>
/// The fixtures of testdata/field, each written by us to reproduce a kind of real output that once drew a conclusion
/// its evidence does not support (docs/field-corpus.md lists the public outputs behind each; testdata/field/README.md
/// says which class each reproduces). Each is audited end to end and must give the devices, kinds, risks and rules
/// its evidence supports — and none it does not.
/// </summary>
public sealed class FieldFixtureTests
{
    private static readonly string Field = TestData.Path("field");

    // Expectations: "device=type:risk:rule,rule,-rule" where device is a name or a key, rules are those that must fire
    // (or, with "-", must not), and "*" leaves the risk open. A fixture's devices are exactly those listed.
    [Theory]
    // Issue 19, class 2: the APs' banners inside CDP entries are theirs; the switch is a switch, with no AP rule.
    [InlineData("switch-cdp-neighbors.txt", "EDGE-SW7=switch:unjudged", "STAIR-AP3702=ap:medium:fn72524.image-signing", "CAFE-AP2802=ap:unjudged", "DIST-SW1.example.net=switch:unjudged")]
    [InlineData("switch-lldp-neighbors.txt", "F3-EAST-AP=ap:unjudged")]
    // Class 2: the HTTPS server's expired self-signed certificate is the web UI's (low), the switch's expired MIC no AP's.
    [InlineData("switch-pki-https-ssc.txt", "ACC-3850-2=switch:low:web.cert-expired,cert.ended-not-wireless,-ssc.expired,-mic.expired,-ca.expiring")]
    // Class 1: Cisco Manufacturing CA SHA2's end printed as 1901 is 2037-11-12: the MIC's chain holds. The MIC's
    // platform (AP1G4) is an AP's (issue 25, point 3).
    [InlineData("ap-wrapped-ca-dates.txt", "LAB-AP18=ap:ok:-ca.expiring")]
    // Class 3: a Not Joined row with a blank IP column is not joined; so is one with a blank Ethernet MAC.
    [InlineData("aireos-join-stats-blank-ip.txt", "WLC-NORTH=controller:unjudged", "NORTH-AP-01=ap:ok", "NORTH-AP-02=ap:medium:controller.ap-not-joined", "NORTH-AP-03=ap:medium:controller.ap-not-joined")]
    // Class 4a: openssl -text without PEM is certificate text: two MICs, one expired; each an AP's by its platform.
    [InlineData("openssl-text-two-certificates.txt", "mac:7c:0e:ce:b3:d2:a4=ap:critical:mic.expired", "mac:d4:c9:3c:8e:5b:10=ap:ok")]
    // Class 4b: prose is no serial list (one input error, no device).
    [InlineData("prose-not-serials.txt")]
    // Class 4c: a Markdown ticket quoting a C9200's SUDI reads as the capture it quotes.
    [InlineData("ticket-quoted-sudi.md", "ACCESS-9200=switch:ok")]
    [InlineData("docstring-indented-session.txt", "WLC-SOUTH=controller:unjudged", "SOUTH-AP-9=ap:unjudged")]
    // Class 7: a show version fragment names the AP: its model and its serial.
    [InlineData("ap-show-version-fragment.txt", "serial:FGL2147A7QX=ap:ok")]
    // Class 8: the SSHPM message and the DTLS_CLOSED_ERR that names the AP by MAC before the message; the close
    // states its reason (a certificate refused), so it is no handshake failure whose cause is elsewhere (issue 25, point 4).
    [InlineData("aireos-msglog-cert-errors.txt", "WLC-EAST=controller:unjudged", "mac:00:5d:73:19:aa:02=ap:high:log.mic-not-verified,log.ap-certificate-rejected,-log.dtls-handshake-failure")]
    [InlineData("ap-console-controller-cert-expired.txt", "BRANCH9-AP=ap:critical:log.controller-certificate-expired,-log.controller-certificate-rejected")]
    [InlineData("ap-image-signing-pki.txt", "capture:{0}:2=ap:high:log.fn72524,-log.controller-certificate-expired")]
    [InlineData("wlc-9800-syslog-ap-prefix.txt", "mac:a0:e0:af:5b:3c:40=ap:critical:log.ap-certificate-expired", "capture:{0}:2=controller:ok")]
    [InlineData("forum-paste-controller-cert-and-ap-log.txt", "mac:5c:83:8f:0a:7d:20=controller:critical:controller.cert-expired", "capture:{0}:2=ap:critical:log.controller-certificate-expired")]
    // Class 9: the 9800's LSC blocks are the AP's LSCs: the DTLS one ended, the 802.1X one ends within a year.
    [InlineData("wlc-9800-ap-config-lsc.txt", "WLC9800-HQ=controller:unjudged", "HQ-LSC-AP7=ap:high:lsc.expired,lsc.expiring,-mic.expired")]
    // A stack's second member is the same device, not an identity conflict.
    [InlineData("stack-show-version.txt", "CORE-SVL=switch:unjudged:-identity.capture-serial-mismatch,-identity.serial-on-two-macs")]
    // Issue 25: a device's certificates are judged whatever the device: a router's ended IKE identity is a stated fact
    // (info), a trustpoint CA signed with MD5 a finding, and neither device is counted as an AP.
    [InlineData("router-ike-identity-ended.txt", "R-BRANCH7=:info:cert.other-ended")]
    [InlineData("router-pki-verbose-cas-only.txt", "VPN-HUB-2=:low:trusted.ca-md5,trusted.ca-ends,trusted.ca-sha1")]
    [InlineData("wlc-9800-trustpool-m2.txt", "WLC9800-LAB=controller:ok", "LAB-AP18=ap:unjudged")]
    // Issue 25, point 3: what the device says it is beats its PID's family. A Catalyst 3750G integrated controller
    // (DESCR "Cisco Wireless Controller", a switch's PID) built 2005-W52 is a controller whose MIC ended about 2015.
    [InlineData("wlc-3750g-integrated-inventory.txt", "serial:FOC0952Z1KQ=controller:critical:controller.mic-predicted-expiry,-mic.predicted-expiry")]
    // A converged-access switch whose wireless process ("1 wcm:") logs: a controller; the AP refused its certificate.
    [InlineData("wlc-3850-wcm-bad-certificate.txt", "STACK-3850=controller:*:log.dtls-certificate-refused,-log.dtls-handshake-failure", "mac:5c:50:15:a2:7e:10=ap:high:log.dtls-certificate-refused,-log.dtls-handshake-failure")]
    // Certificates labelled "eWLC:" or whose subject is a VMware MAC are controllers', never APs'.
    [InlineData("openssl-text-controller-labels.txt", "capture:{0}:1=controller:critical:controller.cert-expired,-mic.expired", "mac:2c:31:24:e0:a7:f6=ap:medium:mic.expiring", "capture:{0}:25=controller:critical:controller.cert-expired,-mic.expired")]
    // AP PIDs the families miss, a model written as words, and a WiSM blade (a controller by its PID).
    // An ASA's "Issuer Name:" / "Subject Name:" layout and its failover prompt ("FW2/act#"): its SSL VPN certificate
    // that ended is the firewall's, named, not a nameless CA (field corpus cert-29).
    [InlineData("asa-crypto-ca-certificate.txt", "EDGE-ASA-FW2=:info:cert.other-ended,-trusted.ca-ends")]
    // A rack inventory names its devices in words under "Type": switches, a server and a virtual router are no APs,
    // whatever list they came in; the AP among them is judged (field corpus list-05, list-07).
    [InlineData("rack-inventory-words.csv", "DC-LEAF-01=switch:unjudged", "ACC-SW-01=switch:unjudged", "HV-NODE-01=other:unjudged:serial.not-date-coded", "LAB-R1=router:unjudged:serial.not-date-coded", "STORE-AP-01=ap:critical:mic.predicted-expiry,fn72524.image-signing")]
    [InlineData("inventory-ap-kinds.csv", "LAB-LWAPP-01=ap:*", "STORE-REFURB-02=ap:critical:mic.predicted-expiry", "HALL-6E-03=ap:*", "CORE-WISM-04=controller:critical:controller.mic-predicted-expiry,-mic.predicted-expiry")]
    // An upgraded autonomous AP's SSC names its platform (C1240): an AP.
    [InlineData("ap-ssc-c1240.txt", "mac:00:1b:2c:3d:4e:5f=ap:critical:ssc.expired")]
    // Issue 25, point 4: sessions closed for a timeout ended (low); a TLS certificate alert is high on the AP and on
    // the controller that logged it; an image download that failed is a finding, never ok.
    [InlineData("wlc-msglog-dtls-reasons.txt", "WLC-WEST=controller:high:log.dtls-certificate-refused", "mac:00:3a:7d:20:51:a0=ap:low:log.dtls-session-ended,-log.dtls-handshake-failure", "mac:00:3a:7d:20:51:b0=ap:low:log.dtls-session-ended,-log.dtls-handshake-failure", "mac:00:3a:7d:20:51:c0=ap:high:log.dtls-certificate-refused,-log.dtls-handshake-failure")]
    [InlineData("ap-console-image-download-failed.txt", "WAREHOUSE-AP7=ap:medium:log.image-download-failed")]
    // Two list items are two messages: the second names no AP, so it is the controller's, not the first one's AP's.
    [InlineData("wlc-msglog-bulleted.md", "capture:{0}:4=controller:high:log.no-certificate", "mac:00:3a:7d:31:c2:40=ap:low:log.dtls-session-ended,-log.no-certificate")]
    // Issue 25, point 5: the controller's output before its prompt and the prompt are one controller.
    [InlineData("wlc-output-before-prompt.txt", "CAMPUS-WLC2=controller:critical:controller.mic-predicted-expiry", "B4-AP-101=ap:medium:fn72524.image-signing", "B4-AP-102=ap:*")]
    // Issue 27, point 1: captures kept in code and pasted by pages read as their prompts and commands say.
    // Read is not judged: a device these name with nothing to check is unjudged (issue 25), never ok.
    [InlineData("python-comment-ap-uptime.py", "capture:{0}=controller:unjudged", "NORTH_L2_01=ap:unjudged", "NORTH_L2_02=ap:unjudged", "SOUTH_L1_07=ap:unjudged")]
    [InlineData("ansible-stdout-lines.json", "capture:{0}=controller:unjudged", "LAB-AP-EAST=ap:medium:fn72524.image-signing", "LAB-AP-WEST=ap:unjudged")]
    [InlineData("python-list-cdp-neighbors.py", "FLOOR3-AP11=ap:medium:fn72524.image-signing", "FLOOR3-DIST.example.net=switch:unjudged")]
    [InlineData("netmiko-dict-show-version.py", "EDGE-RTR2=router:unjudged")]
    [InlineData("numbered-escaped-session.md", "BRANCH-SW4=switch:unjudged")]
    [InlineData("oxidized-digest-wlc.txt", "CAMPUS-WLC2=controller:unjudged")]
    [InlineData("collector-host-prefixed-cdp.txt", "core-sw9.example.net=switch:unjudged", "GARAGE-AP4=ap:medium:fn72524.image-signing")]
    // Point 2: show sysinfo's running release, not the boot loader's 8.0.100.0; show ap cdp neighbors; an unread command.
    [InlineData("blog-inline-code-sysinfo.md", "lab-wlc=controller:unjudged:-cscur43050.controller-release")]
    [InlineData("wlc-ap-cdp-neighbors.txt", "MESH-WLC=controller:unjudged", "YARD-RAP1=ap:unjudged", "YARD-MAP1=ap:unjudged", "YARD-MAP2=ap:unjudged", "yard-access-sw1=switch:unjudged")]
    [InlineData("switch-unread-command.txt", "STORE12-SW1=:unjudged")]
    // Point 3: an AP's default name and a controller's debug mac addr give its MAC.
    [InlineData("ap-console-discovery.txt", "mac:00:f2:8b:3c:4d:5e=ap:low:log.discovery-failed")]
    [InlineData("wlc-debug-mac-addr.md", "mac:00:f2:8b:3c:4d:5e=ap:*", "capture:{0}:9=controller:ok")]
    // Point 4: identity and certificates where routers and switches print them.
    [InlineData("switch-boot-pnp-udi.txt", "serial:JAE26330X1Y=switch:unjudged")]
    [InlineData("router-pnp-udi-only.txt", "kiosk-rtr3=router:unjudged")]
    [InlineData("router-1921-show-version.md", "serial:FTX1840A1BC=router:unjudged:-cscur43050.window")]
    [InlineData("sudi-subject-alone.md", "serial:FOC2719X0AB=switch:unjudged")]
    [InlineData("openssl-subject-dates.md", "serial:FDO23410ABC=switch:ok")]
    [InlineData("router-running-config-pki-hex.txt", "BRANCH-RTR9=router:low:web.cert-expired")]
    // Point 5: rows a copy joined onto one line, read row by row; what cannot be told apart is one input error.
    [InlineData("ap-summary-rows-joined.txt", "DEPOT-WLC=controller:unjudged", "DEPOT-AP1=ap:medium:fn72524.image-signing", "DEPOT-AP2=ap:unjudged", "DEPOT-AP3=ap:unjudged")]
    [InlineData("pdf-one-cell-per-line.txt")]
    [InlineData("ca-page-flattened-table.md")]
    // Point 7: files of other kinds, one input error each.
    [InlineData("ip-phone-tftp-log.txt")]
    [InlineData("snmp-trap.json")]
    [InlineData("browser-session.har")]
    [InlineData("fn-revision-table.md")]
    [InlineData("product-catalogue.csv")]
    public void Audit_FieldFixture_GivesWhatItsEvidenceSupports(string fixture, params string[] expected)
    {
        string path = Path.Combine(Field, fixture);
        CliRun run = CliRun.Invoke("audit", path, "--as-of", "2026-11-21", "--format", "json");

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement[] devices = [.. report.RootElement.GetProperty("devices").EnumerateArray()];
        Assert.Equal(expected.Length == 0 ? ExitCodes.UsageOrNothingReadable : ExitCodes.Done, run.ExitCode);
        Assert.Equal(expected.Length, devices.Length);
        foreach (string expectation in expected)
        {
            (string device, string rest) = Split(string.Format(System.Globalization.CultureInfo.InvariantCulture, expectation, path), '=');
            string[] parts = rest.Split(':');
            JsonElement found = Assert.Single(devices, d => d.GetProperty("key").GetString() == device || d.GetProperty("name").GetString() == device);
            string? type = found.GetProperty("deviceType").GetString();
            Assert.True(parts[0].Length == 0 ? type is null or "unknown" : type == parts[0], $"{fixture}: {device} is '{type}', expected '{parts[0]}'");
            if (parts.Length > 1 && parts[1] != "*")
            {
                Assert.True(found.GetProperty("risk").GetString() == parts[1], $"{fixture}: {device} has risk {found.GetProperty("risk").GetString()}, expected {parts[1]}");
            }

            string[] rules = [.. found.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
            foreach (string rule in parts.Length > 2 ? parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (rule.StartsWith('-'))
                {
                    Assert.DoesNotContain(rule[1..], rules);
                }
                else
                {
                    Assert.Contains(rule, rules);
                }
            }
        }
    }

    // Issue 19, class 1: the same two captures, given either way round, give the same verdicts; before, the 1901 date
    // of one decided the chain of the other when it came first.
    [Fact]
    public void Audit_WrappedAndPlainCaDates_GiveTheSameVerdictInEitherOrder()
    {
        string[] files = [Path.Combine(Field, "ap-wrapped-ca-dates.txt"), Path.Combine(Field, "wlc-9800-trustpool-m2.txt")];

        IReadOnlyList<string> forward = Verdicts(files);
        IReadOnlyList<string> backward = Verdicts([.. files.Reverse()]);

        Assert.Equal(forward, backward);
        Assert.DoesNotContain(forward, v => v.Contains("ca.expiring", StringComparison.Ordinal));
    }

    // Issue 25, point 3: a controller's certificate (a label, a VMware MAC) is no AP's: not counted among APs that
    // cannot join. Before, both ended controller certificates counted.
    [Fact]
    public void Audit_ControllersEndedCertificates_AreNotApsThatCannotJoin()
    {
        CliRun run = CliRun.Invoke("audit", Path.Combine(Field, "openssl-text-controller-labels.txt"), "--as-of", "2026-11-21", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(run.Output);
        Assert.Equal(0, report.RootElement.GetProperty("summary").GetProperty("outlook").GetProperty("cannotJoinToday").GetInt32());
    }

    // Issue 27, point 7: a file CertInspect does not read is one input error that names what it looks like.
    [Theory]
    [InlineData("pdf-one-cell-per-line.txt", "a table copied one cell a line")]
    [InlineData("ca-page-flattened-table.md", "a document's table flattened onto one line")]
    [InlineData("ip-phone-tftp-log.txt", "an IP phone's log")]
    [InlineData("snmp-trap.json", "an SNMP trap as JSON")]
    [InlineData("browser-session.har", "a browser's HAR")]
    [InlineData("fn-revision-table.md", "a document's table copied one cell a line")]
    [InlineData("product-catalogue.csv", "a CSV catalogue of product types")]
    public void Audit_FileOfAnotherKind_IsOneErrorSayingWhatItIs(string fixture, string what)
    {
        CliRun run = CliRun.Invoke("audit", Path.Combine(Field, fixture), "--as-of", "2026-11-21", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement error = Assert.Single(report.RootElement.GetProperty("inputErrors").EnumerateArray());
        string message = error.GetProperty("message").GetString()!;
        Assert.StartsWith(what, message, StringComparison.Ordinal);
        Assert.DoesNotContain("serial list", message.Split(':')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("--columns", message, StringComparison.Ordinal);
    }

    // Issue 27, point 3: the same AP in two files, its console under its default name and the controller's debug by
    // MAC, is one device.
    [Fact]
    public void Audit_ApConsoleAndControllerDebug_AreOneAp()
    {
        IReadOnlyList<string> verdicts = Verdicts([Path.Combine(Field, "ap-console-discovery.txt"), Path.Combine(Field, "wlc-debug-mac-addr.md")]);

        Assert.Single(verdicts, v => v.StartsWith("mac:00:f2:8b:3c:4d:5e ap ", StringComparison.Ordinal));
        Assert.Equal(2, verdicts.Count);
    }

    // Issue 27: audit and parse agree on what a file is: the devices audit reports are those parse lists, and a file
    // audit refuses is refused by parse with the same words.
    [Theory]
    [InlineData("blog-inline-code-sysinfo.md", "lab-wlc")]
    [InlineData("python-comment-ap-uptime.py", "NORTH_L2_01")]
    [InlineData("ansible-stdout-lines.json", "LAB-AP-WEST")]
    [InlineData("numbered-escaped-session.md", "BRANCH-SW4")]
    public void Parse_ReadsAFileAsAuditDoes(string fixture, string device)
    {
        CliRun run = CliRun.Invoke("parse", Path.Combine(Field, fixture), "--as-of", "2026-11-21", "--format", "json");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using JsonDocument parsed = JsonDocument.Parse(run.Output);
        JsonElement devices = parsed.RootElement.GetProperty("captures")[0].GetProperty("devices");
        Assert.Contains(devices.EnumerateArray(), d => d.GetProperty("context").GetString() == device || d.GetRawText().Contains($"\"{device}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FileAuditRefuses_SaysWhatAuditSays()
    {
        string path = Path.Combine(Field, "snmp-trap.json");
        CliRun parse = CliRun.Invoke("parse", path);
        CliRun audit = CliRun.Invoke("audit", path, "--as-of", "2026-11-21", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(audit.Output);
        string refusal = report.RootElement.GetProperty("inputErrors")[0].GetProperty("message").GetString()!;
        Assert.Contains(refusal, parse.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrNothingReadable, parse.ExitCode);
    }

    private static (string, string) Split(string text, char separator)
    {
        int at = text.IndexOf(separator, StringComparison.Ordinal);
        return (text[..at], text[(at + 1)..]);
    }

    /// <summary>Each device's verdict, in key order: key, type, risk, and each finding's rule and severity.</summary>
    internal static IReadOnlyList<string> Verdicts(IReadOnlyList<string> inputs)
    {
        CliRun run = CliRun.Invoke(["audit", .. inputs, "--as-of", "2026-11-21", "--format", "json"], standardInput: null);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        return [.. report.RootElement.GetProperty("devices").EnumerateArray()
            .Select(d => $"{d.GetProperty("key").GetString()} {d.GetProperty("deviceType").GetString()} {d.GetProperty("risk").GetString()} "
                + string.Join(",", d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString() + "/" + f.GetProperty("severity").GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }
}
