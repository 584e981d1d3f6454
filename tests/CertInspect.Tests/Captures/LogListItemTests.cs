using CertInspect.Audit;
using CertInspect.Captures;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures;

/// <summary>
/// Issue 25, point 4: log lines a post gives as list items ("- ", "* ", "• ", "1. ") are one message each; before,
/// an item that was not itself timestamped was glued to the message above it as the rest of a wrapped line.
/// </summary>
public sealed class LogListItemTests
{
    [Theory]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("• ")]
    [InlineData("2. ")]
    public void Read_TwoLogLinesAsListItems_AreTwoMessages(string marker)
    {
        string text = $"The AP prints:\n\n{marker}AP has SHA2 MIC certificate - Using SHA2 MIC certificate for DTLS.\n{marker}Peer certificate verification failed FFFFFFFF\n";

        CapturedDevice ap = Assert.Single(Read(text).Devices, d => d.LogLines.Count > 0);

        // A marker the paste put before a line that is not itself a log message's start stays on it.
        Assert.Collection(
            ap.LogLines,
            l => Assert.EndsWith("AP has SHA2 MIC certificate - Using SHA2 MIC certificate for DTLS.", l.Text, StringComparison.Ordinal),
            l => Assert.EndsWith("Peer certificate verification failed FFFFFFFF", l.Text, StringComparison.Ordinal));
    }

    // A message the terminal wrapped is still one message when the paste is a list: its rest is no item.
    [Fact]
    public void Read_WrappedMessageInAList_IsStillOneMessage()
    {
        const string Text = "- *Mar  4 10:02:11.007: %PKI-3-CERTIFICATE_INVALID_EXPIRED: Certificate chain validation has failed.  The certificate (SN: 7A11C03B000000004F2E) has expired.\n  Validity period ended on 05:15:04 UTC Oct  4 2025\n";

        EvidenceLine line = Assert.Single(Assert.Single(Read(Text).Devices).LogLines);

        Assert.EndsWith("Validity period ended on 05:15:04 UTC Oct  4 2025", line.Text, StringComparison.Ordinal);
        Assert.StartsWith("*Mar  4", line.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- *Jun 3 10:00:00.000: %CAPWAP-3-ERRORLOG: text", true)]
    [InlineData("> * Peer certificate verification failed", true)]
    [InlineData("12) %DTLS-3-HANDSHAKE_FAILURE: text", true)]
    [InlineData("*Jun 3 10:00:00.000: %CAPWAP-3-ERRORLOG: text", false)]
    [InlineData("  Validity period ended on 05:15:04 UTC Oct  4 2025", false)]
    [InlineData("-----BEGIN CERTIFICATE-----", false)]
    public void IsListItem_MarkerAndASpace(string pasted, bool item) =>
        Assert.Equal(item, LogText.IsListItem(pasted));

    private static CaptureReport Read(string text) => CaptureReaders.For(BuiltInRules.Set).Read(new StringReader(text), "post.md");
}
