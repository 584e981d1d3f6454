using CertInspect.Certificates;

namespace CertInspect.Tests.Certificates;

public sealed class CertificateFileReaderTests
{
    [Theory]
    [InlineData("aps/c1130-mic-expired.pem", "pem", 1)]
    [InlineData("aps/ap1g4-mic.der", "der", 1)]
    [InlineData("aps/c2600-dual-mic.pem", "pem", 2)]
    [InlineData("containers/chain.p7b", "pkcs7", 3)]
    [InlineData("containers/chain-p7.pem", "pem", 2)]
    [InlineData("containers/mic.b64", "base64", 1)]
    [InlineData("containers/trusted.pem", "pem", 1)]
    [InlineData("containers/x509-label.pem", "pem", 1)]
    [InlineData("containers/console-session.txt", "pem", 2)]
    [InlineData("containers/ap-no-password.p12", "pkcs12", 2)]
    [InlineData("containers/trust-chain-restconf.json", "restconf-json", 3)]
    [InlineData("containers/trust-chain-netconf.xml", "netconf-xml", 3)]
    public void Read_EveryContainer(string fixture, string format, int count)
    {
        CertificateFileContents contents = CertificateFixtures.Read(fixture);

        Assert.Empty(contents.Errors);
        Assert.Equal(format, contents.Format);
        Assert.Equal(count, contents.Certificates.Count);
        Assert.All(contents.Certificates, c => Assert.DoesNotContain(c.Certificate.Violations, v => v.StartsWith("trailing", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_PemBlocks_KeepTheirLines()
    {
        CertificateFileContents contents = CertificateFixtures.Read("containers/console-session.txt");

        Assert.Equal([3L, 28L], contents.Certificates.Select(c => c.Location.Line!.Value));
    }

    [Theory]
    [InlineData("Cisco123", true)]
    [InlineData(null, false)]
    [InlineData("wrong", false)]
    public void Read_Pkcs12WithPassword(string? password, bool readable)
    {
        CertificateFileContents contents = CertificateFixtures.Read("containers/ap-password.p12", password);

        Assert.Equal(readable ? 2 : 0, contents.Certificates.Count);
        if (!readable)
        {
            Assert.Contains(password is null ? "needs a password" : "password is wrong", Assert.Single(contents.Errors).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("broken/truncated.der", "at byte offset 0: not an X.509 certificate")]
    [InlineData("broken/garbage.bin", "at byte offset")]
    [InlineData("broken/key-only.pem", "PEM without a CERTIFICATE or PKCS7 block")]
    [InlineData("broken/unterminated.pem", "PEM block 'CERTIFICATE' has no END line")]
    public void Read_NotCertificates_AreInputErrorsThatSayWhere(string fixture, string message)
    {
        CertificateFileContents contents = CertificateFixtures.Read(fixture);

        Assert.Empty(contents.Certificates);
        Assert.Contains(message, Assert.Single(contents.Errors).Message, StringComparison.Ordinal);
    }
}
