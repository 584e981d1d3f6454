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

    [Fact]
    public void CommonIndent_IsWhatEveryNonBlankLineShares_QuotesAndFencesAside()
    {
        Assert.Equal(8, PastedText.CommonIndent(["        WLC#show ap summary", "", "        Number of APs: 1", "          AP Name"]));
        Assert.Equal(2, PastedText.CommonIndent(["```", "  R1#show version", "    Cisco IOS Software", "```"]));
        Assert.Equal(0, PastedText.CommonIndent(["Some prose", "  R1#show version"]));
        Assert.Equal(0, PastedText.CommonIndent(["> R1#show version", ">   Cisco IOS Software"]));
    }
}
