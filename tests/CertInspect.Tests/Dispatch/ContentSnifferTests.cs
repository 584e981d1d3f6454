using System.Text;
using CertInspect.Dispatch;
using CertInspect.Inputs;

namespace CertInspect.Tests.Dispatch;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("FOC1837X1Y2\nFOC1837X1Y3\n", ContentKind.SerialList, null, 0)]
    [InlineData("# spares\n\nfoc 1837 x1y2\n", ContentKind.SerialList, null, 0)]
    [InlineData("Serial,Model\nFOC1837X1Y2,AIR\n", ContentKind.InventoryCsv, ',', 0)]
    [InlineData("# export\n\nSerial;Model;Site\n", ContentKind.InventoryCsv, ';', 2)]
    [InlineData("Serial\tModel\n", ContentKind.InventoryCsv, '\t', 0)]
    [InlineData("Serial|Model\n", ContentKind.InventoryCsv, '|', 0)]
    [InlineData("\"Name, full\";Serial\n", ContentKind.InventoryCsv, ';', 0)]
    [InlineData("sep=;\nSerial;Model\n", ContentKind.InventoryCsv, ';', 1)]
    [InlineData("Serial Number\nFOC1837X1Y2\n", ContentKind.InventoryCsv, ',', 0)]
    public void Sniff_RecognisesTextKinds(string text, ContentKind kind, char? separator, int linesBeforeHeader)
    {
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DetectedContent(kind, separator, linesBeforeHeader), content);
    }

    [Theory]
    [InlineData("sep=\u00e9\nSerial;Model\n")]
    [InlineData("sep=x\nSerial;Model\n")]
    [InlineData("sep=\"\nSerial;Model\n")]
    public void Sniff_SeparatorHintWithAnUnusableSeparator_IsAnInputErrorNotACrash(string text)
    {
        // Regression: a mutant's 'sep=' with a non-ASCII separator made CsvHelper throw.
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.Contains("names none of , ; tab |", content.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_Utf16WithBom_IsText()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Serial No.\tModel\r\nFOC1837X1Y2\tX\r\n")];

        Assert.Equal(new DetectedContent(ContentKind.InventoryCsv, '\t', 0), ContentSniffer.Sniff(bytes));
    }

    [Fact]
    public void Sniff_Utf8Bom_IsSkipped()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("FOC1837X1Y2\n")];

        Assert.Equal(ContentKind.SerialList, ContentSniffer.Sniff(bytes).Kind);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x23, 0x20, 0x78, 0x0A, 0x0A }, "only blank lines and comments")]
    public void Sniff_NothingToRead_IsEmpty(byte[] bytes, string problem)
    {
        DetectedContent content = ContentSniffer.Sniff(bytes);

        Assert.Equal(ContentKind.Empty, content.Kind);
        Assert.Contains(problem, content.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_OtherBinary_SaysWhereAndWhat()
    {
        // A PNG's signature (a zip's is a workbook's now: WorkbookInputTests).
        DetectedContent content = ContentSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]);

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.StartsWith("binary data: a NUL byte at byte offset 8", content.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x30, 0x82, 0x03, 0x00, 0x30, 0x82 })]
    [InlineData(new byte[] { 0x30, 0x80, 0x02, 0x01, 0x03 })]
    public void Sniff_DerSequence_IsCertificates(byte[] bytes) => Assert.Equal(ContentKind.Certificates, ContentSniffer.Sniff(bytes).Kind);

    [Theory]
    [InlineData("subject=CN=x\n-----BEGIN CERTIFICATE-----\nMIIB\n")]
    [InlineData("AP#show crypto pki certificates pem\r\n-----BEGIN PKCS7-----\n")]
    [InlineData("MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\nMQswCQYDVQQGEwJJRTESMBAGA1UE\n")]
    public void Sniff_PemOrBase64_IsCertificates(string text) =>
        Assert.Equal(ContentKind.Certificates, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);

    [Theory]
    [InlineData("Switch#show platform sudi certificate sign nonce 123\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")]
    [InlineData("isr-4400#show system integrity all trust_chain nonce 1347\nCertificate Name: CRCA CERTIFICATE\n-----BEGIN CERTIFICATE-----\nMIIB\n")]
    [InlineData("AP#show crypto pki certificates pem\r\n% Cert for trustpoint Cisco_IOS_MIC_cert\r\n-----BEGIN CERTIFICATE-----\r\nMIIB\r\n")]
    public void Sniff_SessionThatPrintsCertificatesAsPem_IsACapture(string text) =>
        Assert.Equal(ContentKind.Capture, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);

    [Theory]
    [InlineData("{\n  \"Cisco-IOS-XE-system-integrity-oper:system-integrity-oper-data\": {}\n}\n")]
    [InlineData("<?xml version=\"1.0\"?>\n<rpc-reply><data><system-integrity-oper-data xmlns=\"http://cisco.com/ns/yang/Cisco-IOS-XE-system-integrity-oper\"/></data></rpc-reply>\n")]
    public void Sniff_SystemIntegrityDocument_IsCertificates(string text) =>
        Assert.Equal(ContentKind.Certificates, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);

    [Fact]
    public void Sniff_SerialsThatLookLikeBase64_StayASerialList() =>
        Assert.Equal(ContentKind.SerialList, ContentSniffer.Sniff(Encoding.UTF8.GetBytes("FOC1837X1Y2A\nFCW1841A2B3C\n")).Kind);

    [Fact]
    public void Sniff_LongProse_IsNotASerialList()
    {
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes("Please find attached the list of access points we received last week\n"));

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.StartsWith("prose (a message or a page's text) (line 1: 'Please find attached", content.Problem, StringComparison.Ordinal);
    }

    // Issue 19, class 4b: a serial list is a list of serials; a file that is mostly something else says what it is.
    // Issue 27, point 7: what it looks like, never "not a serial list".
    [Theory]
    [InlineData("Hi all,\nwe replaced two access points last week\nand the controller reports errors.\nAny hint?\n", "prose (a message or a page's text) (line 1: 'Hi all,')")]
    [InlineData("Products Affected\nSerial Numbers\nRandom #\nsee below\nFOC09400PK7\n", "text of another kind (line 1: 'Products Affected')")]
    [InlineData("Validity\nNot Before: Sep 16 19:17:57 2016 GMT\nNot After : Sep 16 19:27:57 2026 GMT\nSubject: CN=x\n", "key-value text of another kind (no output CertInspect reads) (line 1: 'Validity')")]
    public void Sniff_MostlyNotSerials_SaysWhatTheFileLooksLike(string text, string what)
    {
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.StartsWith(what, content.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("serial list:", content.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_SerialListWithAFewHeadings_StaysASerialList() =>
        Assert.Equal(ContentKind.SerialList, ContentSniffer.Sniff(Encoding.UTF8.GetBytes("Serial Numbers\nFOC1837X1Y2\nFOC1837X1Y3\nFOC1837X1Y4\n")).Kind);

    // Issue 19, classes 4a and 4c: openssl's text of a certificate, and output quoted in a ticket, are captures.
    [Theory]
    [InlineData("Certificate:\n    Data:\n        Version: 3 (0x2)\n", 0)]
    [InlineData("Porch AP:\n    Data:\n        Version: 3 (0x2)\n", 0)]
    [InlineData("## Question\n\nIs this fine?\n\n> R1#show crypto pki certificates\n> Certificate\n>   Status: Available\n", 0)]
    [InlineData("Our log:\n```\n*Nov 3 21:20:04.011: %PKI-3-CERTIFICATE_INVALID_EXPIRED: Certificate chain validation has failed.\n```\n", 0)]
    [InlineData("    WLC#show ap summary\n    Number of APs: 0\n", 4)]
    public void Sniff_OutputAsPeoplePasteIt_IsACaptureWithThePastesIndent(string text, int indent)
    {
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ContentKind.Capture, content.Kind);
        Assert.Equal(indent, content.PasteIndent);
    }

    [Theory]
    [InlineData("AP#show crypto pki certificates\nCertificate\n")]
    [InlineData("(Cisco Controller) >show certificate all\n")]
    [InlineData("Certificate\n  Status: Available\n")]
    [InlineData("*Oct 17 19:54:56.352: %DTLS-5-ALERT: Received FATAL : Certificate unknown alert from 10.0.0.1\n")]
    [InlineData("NAME: \"AP2600\", DESCR: \"Cisco Aironet 2600\"\nPID: AIR-CAP2602I-E-K9 , VID: V01, SN: FOC1837X1Y2\n")]
    [InlineData("\r\nNumber of APs.................................... 2\r\n")]
    public void Sniff_ConsoleCaptures_AreCaptures(string text) =>
        Assert.Equal(ContentKind.Capture, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);

    [Theory]
    [InlineData("FOC1837X1Y2\nFCW1841A2B3 # spare\n", ContentKind.SerialList)]
    [InlineData("AP Name,Serial Number\nHQ-1,FOC1837X1Y2\n", ContentKind.InventoryCsv)]
    [InlineData("Certificate;Serial\nx;FOC1837X1Y2\n", ContentKind.InventoryCsv)]
    public void Sniff_ListsAndInventories_AreNotCaptures(string text, ContentKind kind) =>
        Assert.Equal(kind, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);

    [Theory]
    [InlineData("{\n  \"schema\": 1,\n  \"name\": \"PO 1\"\n}\n", "JSON")]
    [InlineData("[ { \"serial\": \"FOC1837X1Y2\" } ]\n", "JSON")]
    [InlineData("<?xml version=\"1.0\"?>\n<config><a>1</a></config>\n", "XML")]
    [InlineData("<rpc-reply>\n<data/>\n</rpc-reply>\n", "XML")]
    [InlineData("# CertInspect\n\nSome text.\n\n## Commands\n\nRun `certinspect audit` on the sample fleet.\n", "Markdown")]
    [InlineData("# Notes\n\n```sh\ncertinspect audit x\n```\n", "Markdown")]
    [InlineData("| serial | site |\n|---|---|\n| FOC1837X1Y2 | HQ |\n", "Markdown")]
    public void Sniff_DocumentOfAnotherKind_IsOneUnsupportedInput(string text, string kind)
    {
        // Regression: a policy JSON, an XML export and a README were read as serial lists or captures, one error per line.
        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ContentKind.Unsupported, content.Kind);
        Assert.StartsWith($"{kind}: a kind of input CertInspect does not read", content.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# two spares for the lab\nFCW2104M4N5\n", ContentKind.SerialList)]
    [InlineData("[*11/21/2026 10:00:00.0000] Cert Verification FAILED with error 10\n", ContentKind.Capture)]
    public void Sniff_LookalikesOfOtherDocuments_KeepTheirKind(string text, ContentKind kind)
    {
        Assert.Equal(kind, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);
    }

    [Fact]
    public void Sniff_ReportWithTitleLinesAboveTheHeader_FindsTheHeaderRow()
    {
        // Cisco Prime and Catalyst Center reports open with a title and a generation line.
        const string Report = "AP Inventory Report\r\nGenerated by: Prime Infrastructure 3.10, 2026-11-20 10:00\r\n\r\nAP Name,S/N,Product Number\r\nHQ-AP-01,=\"FGL1844K9P7\",AIR-CAP1702I-E-K9\r\n";

        DetectedContent content = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(Report));

        Assert.Equal(new DetectedContent(ContentKind.InventoryCsv, ',', 3) { ExcelTextCells = true }, content);
    }
}
