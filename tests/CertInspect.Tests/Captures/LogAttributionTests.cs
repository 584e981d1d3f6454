using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

public sealed class LogAttributionTests
{
    [Theory]
    [InlineData("Failed to complete DTLS handshake with peer 10.0.0.10 for AP 00:11:22:33:44:01", "00:11:22:33:44:01")]
    [InlineData("Join request does not contain valid certificate in certificate payload - AP 00-11-22-33-99-07", "00:11:22:33:99:07")]
    [InlineData("Current time outside AP cert validity interval: AP 0011.2233.9908", "00:11:22:33:99:08")]
    // Issue 19, class 8: AireOS names the AP before the message, after the source file and line; the 9800 after "AP:".
    [InlineData("*spamApTask2: Nov 18 14:02:11.305: %CAPWAP-3-DTLS_CLOSED_ERR: capwap_ac_sm.c:7898 00:5d:73:19:aa:02: DTLS connection closed for AP 10.71.4.22 (5256)", "00:5d:73:19:aa:02")]
    [InlineData("Nov 26 07:41:02.114: AP:a0e0.af5b.3c40: %PKI-3-CERTIFICATE_INVALID_EXPIRED: Certificate chain validation has failed.", "a0:e0:af:5b:3c:40")]
    [InlineData("*spamApTask0: Dec 03 11:26:14.685: 00:1e:4a:a8:b1:88 Refusing image download to AP 00:1e:4a:a8:b1:88 - unable to open image file", "00:1e:4a:a8:b1:88")]
    // Issue 25, point 4: the dotted MAC after the source file (AireOS syslog); a MAC run into the next word; the
    // all-zero MAC a converged-access controller prints before it knows the AP names none.
    [InlineData("*spamApTask0: Apr 22 17:34:52.872: %CAPWAP-3-DTLS_CLOSED_ERR: capwap_ac_sm.c:7521 00f8.2c26.6580: DTLS connection closed forAP 192.168.100.14 (5272)", "00:f8:2c:26:65:80")]
    [InlineData("%DTLS-3-HANDSHAKE_FAILURE: 1 wcm:  Failed to complete DTLS handshake with peer 10.20.30.41  for AP 5c50.15a2.7e10Reason: sslv3 alert bad certificate", "5c:50:15:a2:7e:10")]
    [InlineData("%DTLS-3-HANDSHAKE_FAILURE: 1 wcm:  Failed to complete DTLS handshake with peer 10.1.78.5  for AP 0000.0000.0000Reason: sslv3 alert bad certificate", null)]
    [InlineData("Client 00:11:22:33:44:55 associated", null)]
    [InlineData("%PKI-3-CERTIFICATE_INVALID_EXPIRED: Validity period ended on Sep 10 2024", null)]
    public void NamedAp_FindsTheMacAfterTheWordAp(string line, string? mac)
    {
        Assert.Equal(mac, LogAttribution.NamedAp(line));
    }

    [Fact]
    public void ApMacs_ErrorJustBeforeTheLineNamingTheAp_IsAboutThatAp()
    {
        EvidenceLine[] log =
        [
            Line(1, "*spamApTask0: Nov 20 09:10:00.000: %DTLS-3-HANDSHAKE_FAILURE: with peer 10.0.0.9"),
            Line(2, "*spamApTask1: Nov 20 09:14:02.310: %PKI-3-CERTIFICATE_INVALID_EXPIRED: Validity period ended on Sep 10 2024"),
            Line(3, "*osapiBsnTimer: Nov 20 09:14:02.311: %DTLS-3-HANDSHAKE_FAILURE: Failed to complete DTLS handshake for AP 00:11:22:33:44:01"),
            Line(4, "*spamApTask1: Nov 20 09:14:03.000: Certificate verified failed!"),
        ];

        Dictionary<EvidenceLine, string> about = LogAttribution.ApMacs(log);

        // Line 1 is minutes earlier and line 4 comes after: neither is tied to the AP.
        Assert.Equal([2L, 3L], about.Keys.Select(l => l.Location.Line!.Value).Order());
        Assert.All(about.Values, mac => Assert.Equal("00:11:22:33:44:01", mac));
    }

    [Fact]
    public void ApMacs_LinesWithoutTimes_AreNotTiedToANeighbour()
    {
        EvidenceLine[] log = [Line(1, "%PKI-3-CERTIFICATE_INVALID_EXPIRED"), Line(2, "DTLS failed for AP 00:11:22:33:44:01")];

        Assert.Equal([2L], LogAttribution.ApMacs(log).Keys.Select(l => l.Location.Line!.Value));
    }

    [Fact]
    public void ApMacs_LineNamingAListedApsIpAddress_IsAboutThatAp()
    {
        EvidenceLine[] log =
        [
            Line(1, "*osapiBsnTimer: Nov 20 08:02:45.518: %DTLS-3-HANDSHAKE_FAILURE: Failed to complete DTLS handshake with peer 10.0.0.19"),
            Line(2, "*osapiBsnTimer: Nov 20 08:09:45.518: %DTLS-3-HANDSHAKE_FAILURE: Failed to complete DTLS handshake with peer 10.0.0.190"),
        ];

        Dictionary<EvidenceLine, string> about = LogAttribution.ApMacs(log, new Dictionary<string, string> { ["10.0.0.19"] = "00:1e:bd:aa:bb:03" });

        // 10.0.0.190 is another address, not 10.0.0.19 with a digit after it.
        Assert.Equal("00:1e:bd:aa:bb:03", Assert.Single(about, a => a.Key.Location.Line == 1).Value);
        Assert.Single(about);
    }

    private static EvidenceLine Line(long number, string text) => new(new SourceLocation("log.txt", number), text);
}
