using CertInspect.Inputs;

namespace CertInspect.Tests.Inputs;

/// <summary>Issue 19, class 4c: what a ticket, a Markdown page or a docstring adds to pasted output comes off again.</summary>
public sealed class PastedTextTests
{
    [Theory]
    [InlineData("> WLC#show ap summary", 0, "WLC#show ap summary")]
    [InlineData("> >   end   date: 20:25:41 UTC May 14 2029", 0, "  end   date: 20:25:41 UTC May 14 2029")]
    [InlineData(">Certificate", 0, "Certificate")]
    [InlineData("    **end   date: 20:58:26 UTC Aug 9 2099**", 2, "  end   date: 20:58:26 UTC Aug 9 2099")]
    [InlineData("```text", 0, "")]
    [InlineData("~~~", 0, "")]
    [InlineData("        WLC-SOUTH#show ap summary", 8, "WLC-SOUTH#show ap summary")]
    [InlineData("    1. *Jun 3 10:00:00.000: %PKI-3-CERTIFICATE_INVALID_EXPIRED: x", 0, "*Jun 3 10:00:00.000: %PKI-3-CERTIFICATE_INVALID_EXPIRED: x")]
    [InlineData("• %SSHPM-3-GENERIC_CERT_ERROR: x", 0, "%SSHPM-3-GENERIC_CERT_ERROR: x")]
    // What the device printed stays: a log's leading asterisk, an IOS field's indentation, a banner of asterisks.
    [InlineData("*Mar 1 00:01:41.335: AP has SHA2 MIC certificate", 0, "*Mar 1 00:01:41.335: AP has SHA2 MIC certificate")]
    [InlineData("  Status: Available", 0, "  Status: Available")]
    [InlineData("1. Slot 1", 0, "1. Slot 1")]
    // Regression (peer conformance): an inventory's serial anonymised as "******" was cut to "**".
    [InlineData("PID: C9407R , VID: V01 , SN: ******", 0, "PID: C9407R , VID: V01 , SN: ******")]
    public void Unwrap_RemovesWhatThePasteAdded(string line, int indent, string expected) =>
        Assert.Equal(expected, PastedText.Unwrap(line, indent));

    // Issue 27, point 1: what every page adds, whatever the style.
    [Theory]
    [InlineData("`(wlc1) >show sysinfo` ", "(wlc1) >show sysinfo")]
    [InlineData("   - ```Switch#show version```", "Switch#show version")]
    [InlineData("R1\\#show version", "R1#show version")]
    [InlineData("**Switch#show version**{{< figure src=\"v.png\" caption=\"15.0(2)SE5\" >}}", "Switch#show version")]
    [InlineData("%CAPWAP-3-ERRORLOG: Invalid event 38 &amp; state 2 combination.", "%CAPWAP-3-ERRORLOG: Invalid event 38 & state 2 combination.")]
    [InlineData("**192.168.1.1**#show ap summary", "192.168.1.1#show ap summary")]
    public void Unwrap_InlineCodeEscapesEntitiesAndShortcodes_ComeOff(string line, string expected) =>
        Assert.Equal(expected, PastedText.Unwrap(line, PasteStyle.Plain));

    [Theory]
    [InlineData("  #Number of APs.... 40", PasteWrapper.Comment, 0, "Number of APs.... 40")]
    [InlineData("    # show ap summary", PasteWrapper.Comment, 1, "show ap summary")]
    [InlineData("! Chassis type: C9800-L-F-K9", PasteWrapper.Comment, 1, "Chassis type: C9800-L-F-K9")]
    [InlineData("12. Processor board ID FTX1840A1BC", PasteWrapper.ListMarker, 0, "Processor board ID FTX1840A1BC")]
    [InlineData("- PID: C9200L-24P-4G , VID: V01, SN: JAE25171B2C", PasteWrapper.ListMarker, 0, "PID: C9200L-24P-4G , VID: V01, SN: JAE25171B2C")]
    [InlineData("    \"AP Name   Slots\",", PasteWrapper.StringLiterals, 0, "AP Name   Slots")]
    [InlineData("  ],", PasteWrapper.StringLiterals, 0, "")]
    // A line that does not carry the style's wrapper (code around the comments) is left as it is.
    [InlineData("  return pattern.match(x)", PasteWrapper.Comment, 0, "  return pattern.match(x)")]
    public void Unwrap_TheStylesWrapper_ComesOff(string line, PasteWrapper wrapper, int indent, string expected) =>
        Assert.Equal(expected, PastedText.Unwrap(line, new PasteStyle(indent, wrapper)));

    [Fact]
    public void Styles_OfferEachWrapperSomeLineCarries_PlainFirst()
    {
        IReadOnlyList<PasteStyle> styles = PastedText.Styles(["def f():", "  # OUTPUT:", "  #Number of APs.... 2", "  x = ['a', 'b']"]);

        Assert.Equal([PasteWrapper.None, PasteWrapper.Comment, PasteWrapper.StringLiterals], styles.Select(s => s.Wrapper));
        Assert.Equal(0, styles[1].Indent);
    }

    [Theory]
    [InlineData("    10.215.255.1:Device ID: AP1", "10.215.255.1")]
    [InlineData("sw-01-02.domain.local:Platform: cisco AIR-LAP1142N-E-K9", "sw-01-02.domain.local")]
    [InlineData("Status: Available", null)]
    [InlineData("Device ID: AP1", null)]
    public void HostOf_IsTheNameACollectorPutInFront(string line, string? host) =>
        Assert.Equal(host, PastedText.HostOf(line));

    [Fact]
    public void CommonIndent_IsWhatEveryNonBlankLineShares_QuotesAndFencesAside()
    {
        Assert.Equal(8, PastedText.CommonIndent(["        WLC#show ap summary", "", "        Number of APs: 1", "          AP Name"]));
        Assert.Equal(2, PastedText.CommonIndent(["```", "  R1#show version", "    Cisco IOS Software", "```"]));
        Assert.Equal(0, PastedText.CommonIndent(["Some prose", "  R1#show version"]));
        Assert.Equal(0, PastedText.CommonIndent(["> R1#show version", ">   Cisco IOS Software"]));
    }
}
