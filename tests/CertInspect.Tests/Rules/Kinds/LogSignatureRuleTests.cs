using CertInspect.Evidence;
using CertInspect.Fleet;
using CertInspect.Rules;
using CertInspect.Rules.Kinds;

namespace CertInspect.Tests.Rules.Kinds;

/// <summary>
/// Issue 25, point 4: a log line is judged by the reason it gives. A session closed for a timeout is no handshake
/// failure; a TLS certificate alert is a refused certificate, on the AP and on the controller that logged it; the
/// quote keeps the reason; an image download that failed means the AP has not joined.
/// </summary>
public sealed class LogSignatureRuleTests
{
    private const string Closed = "*spamApTask7: Oct 24 17:58:48.994: %CAPWAP-3-DTLS_CLOSED_ERR: capwap_ac_sm.c:7126 00:3a:7d:20:51:a0: DTLS connection closed forAP 10:40:1:21 (5256), Controller: 10:40:0:2 (5246) ";

    private const string Refused = "*spamApTask5: Jun 03 14:25:02.331: %DTLS-3-HANDSHAKE_FAILURE: openssl_dtls.c:1048 Failed to complete DTLS handshake with peer 10.40.1.23 for AP 00:3a:7d:20:51:c0 Reason: sslv3 alert bad certificate";

    private static readonly EvaluationContext Context = Devices.At("2026-11-21");

    // Before: both were 'the DTLS handshake failed', the cause said to be elsewhere, and the reason cut from the quote.
    [Theory]
    [InlineData("AP Message Timeout")]
    [InlineData("Echo Timer Expiry")]
    public void Evaluate_SessionClosedForATimeout_IsASessionThatEndedNotAHandshakeFailure(string reason)
    {
        DeviceRecord ap = Ap(reported: [Line(2, Closed + reason)]);

        Finding ended = Assert.Single(Run("log.dtls-session-ended", ap));
        Assert.Empty(Run("log.dtls-handshake-failure", ap));
        Assert.Empty(Run("log.dtls-stated-reason", ap));
        Assert.Equal(Severity.Low, ended.Severity);
        Assert.False(Devices.Rule("log.dtls-session-ended").ProvesNoJoin);
        Assert.Contains($"the reason it states '{reason}'", ended.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{reason}\".", ended.Message, StringComparison.Ordinal);
    }

    // Before: low, 'the cause is elsewhere in the log', on the AP only, quoted up to "Reason: sslv3 alert b...".
    [Fact]
    public void Evaluate_BadCertificateAlert_IsHighOnTheApItNamesAndOnTheControllerThatLoggedIt()
    {
        EvidenceLine line = Line(5, Refused);
        DeviceRecord ap = Ap(reported: [line]);
        DeviceRecord controller = Controller(aboutAps: [line]);

        Finding onAp = Assert.Single(Run("log.dtls-certificate-refused", ap));
        Finding onController = Assert.Single(Run("log.dtls-certificate-refused", controller));

        Assert.Equal(Severity.High, onAp.Severity);
        Assert.Equal(Severity.High, onController.Severity);
        Assert.True(Devices.Rule("log.dtls-certificate-refused").ProvesNoJoin);
        Assert.StartsWith("The log of controller WLC-WEST names this AP", onAp.Message, StringComparison.Ordinal);
        Assert.StartsWith("The log shows", onController.Message, StringComparison.Ordinal);
        Assert.True(Refused.Length > 160);
        Assert.EndsWith("Reason: sslv3 alert bad certificate\".", onAp.Message, StringComparison.Ordinal);
        Assert.Contains("%DTLS-3-HANDSHAKE_FAILURE", onAp.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", onAp.Text, StringComparison.Ordinal);
        Assert.Empty(Run("log.dtls-handshake-failure", ap));
        Assert.Empty(Run("log.dtls-handshake-failure", controller));
    }

    // Only a rule that says so reaches the controller through the lines it logged about its APs.
    [Fact]
    public void Evaluate_ControllersLinesAboutItsAps_AreTheApsForOtherRules()
    {
        DeviceRecord controller = Controller(aboutAps: [Line(2, Closed + "AP Message Timeout")]);

        Assert.Empty(Run("log.dtls-session-ended", controller));
    }

    [Theory]
    // No reason on the line: the cause is elsewhere.
    [InlineData("*spamApTask0: Jun 03 14:25:02.331: %DTLS-3-HANDSHAKE_FAILURE: openssl_dtls.c:1048 Failed to complete DTLS handshake with peer 10.40.1.23", "log.dtls-handshake-failure")]
    // A reason that is no certificate alert: stated, and quoted.
    [InlineData("*spamApTask0: Jun 03 14:25:02.331: %DTLS-3-HANDSHAKE_FAILURE: openssl_dtls.c:1048 Failed to complete DTLS handshake with peer 10.40.1.23 Reason: decryption failed or bad record mac", "log.dtls-stated-reason")]
    [InlineData(Refused, "log.dtls-certificate-refused")]
    [InlineData(Closed + "Certificate validation failed", "log.ap-certificate-rejected")]
    public void Evaluate_DtlsFailure_OneRuleByTheReasonItStates(string text, string rule)
    {
        DeviceRecord ap = Ap(reported: [Line(3, text)]);
        string[] dtlsRules = ["log.dtls-handshake-failure", "log.dtls-stated-reason", "log.dtls-certificate-refused", "log.dtls-session-ended", "log.ap-certificate-rejected"];

        Assert.Equal([rule], dtlsRules.Where(r => Run(r, ap).Count > 0));
    }

    [Theory]
    [InlineData("*Apr  7 11:02:15.401: Unable to create temp dir \"flash:/update\"")]
    [InlineData("*Dec 17 16:39:40.251: %CAPWAP-6-AP_IMG_DWNLD: Required image not found on AP. Downloading image from Controller. ERROR: Image is not a valid IOS image archive. Download image failed, notify controller!!! From:8.0.110.0 to 0.0.0.0, FailureCode:3")]
    public void Evaluate_ImageDownloadFailed_TheApHasNotJoined(string text)
    {
        Finding failed = Assert.Single(Run("log.image-download-failed", Ap(own: [Line(4, text)])));

        Assert.Equal(Severity.Medium, failed.Severity);
        Assert.True(Devices.Rule("log.image-download-failed").ProvesNoJoin);
    }

    private static List<Finding> Run(string id, DeviceRecord device) =>
        BuiltInRules.Set.CreateRules().OfType<LogSignatureRule>().Single(r => r.Definition.Id == id).Evaluate(device, Context).ToList();

    private static EvidenceLine Line(long number, string text) => new(new SourceLocation("msglog.txt", number), text);

    private static DeviceRecord Ap(IReadOnlyList<EvidenceLine>? own = null, IReadOnlyList<EvidenceLine>? reported = null) => new()
    {
        Key = DeviceKey.ForMac("00:3a:7d:20:51:c0"),
        DeviceType = DeviceTypes.AccessPoint,
        Occurrences = [],
        Capture = new CaptureEvidence
        {
            LogLines = own ?? [],
            ReportedLogLines = reported ?? [],
            Controllers = reported is null ? [] : [new ControllerLink("WLC-WEST", null, [], reported[0])],
        },
    };

    private static DeviceRecord Controller(IReadOnlyList<EvidenceLine> aboutAps) => new()
    {
        Key = DeviceKey.ForName("WLC-WEST"),
        DeviceType = DeviceTypes.Controller,
        Occurrences = [],
        Capture = new CaptureEvidence { LogLinesAboutAps = aboutAps },
    };
}
