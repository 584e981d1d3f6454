using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

public sealed class LogAttributionTests
{
    [Theory]
    [InlineData("Failed to complete DTLS handshake with peer 10.0.0.10 for AP 00:11:22:33:44:01", "00:11:22:33:44:01")]
    [InlineData("Join request does not contain valid certificate in certificate payload - AP 00-11-22-33-99-07", "00:11:22:33:99:07")]
    [InlineData("Current time outside AP cert validity interval: AP 0011.2233.9908", "00:11:22:33:99:08")]
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
