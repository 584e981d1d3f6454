using CertInspect.Captures;
using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Captures.Sections;

/// <summary>Issue 27, point 4: an IOS configuration's identity and the certificates it keeps as hex.</summary>
public sealed class RunningConfigSectionTests
{
    [Fact]
    public void Read_CertificateChainHex_IsTheDerItHolds()
    {
        CapturedDevice router = CaptureFixtures.Named(CaptureFixtures.ReadField("router-running-config-pki-hex.txt"), "BRANCH-RTR9");
        byte[] der = File.ReadAllBytes(TestData.Path("field", "router-running-config-pki-hex.der"));
        CertificateFacts fromDer = Assert.Single(CertificateFileReader.Read(der, "web.der", _ => null).Certificates).Certificate;

        Assert.Equal(2, router.Certificates.Count);
        LocatedCertificate web = router.Certificates[0];
        Assert.Equal("config-hex", web.Container);
        Assert.Equal(der, web.Certificate.Der.ToArray());
        Assert.Equal(fromDer.Subject.Rfc4514, web.Certificate.Subject.Rfc4514);
        Assert.Equal(fromDer.NotAfter, web.Certificate.NotAfter);
        Assert.Contains(web.Certificate.TextFields, f => f.Key == "associated trustpoints" && f.Value == "TP-self-signed-4242424242");
        Assert.Equal("CN=branch-ca", router.Certificates[1].Certificate.Subject.Rfc4514);
        Assert.Equal(["CISCO2911/K9"], router.Models.Select(m => m.Value));
        Assert.Equal(["FTX1552A0B7"], router.Serials.Select(s => s.Value));
    }

    [Fact]
    public void Read_HexCutShortOrNotDer_IsADiagnosticNotACertificate()
    {
        const string Config = "crypto pki certificate chain TP-self-signed-1\n certificate self-signed 01\n  3082 0229 3082\n        quit\nlicense udi pid ISR4331/K9 sn FDO2110A1BC\n";

        CaptureReport report = CaptureFixtures.ReadAsAuditDoes(Config);

        CapturedDevice router = Assert.Single(report.Devices);
        Assert.Empty(router.Certificates);
        Assert.Contains(report.Diagnostics, d => d.Message.StartsWith("the certificate's hex is not a certificate CertInspect can read", StringComparison.Ordinal));
        Assert.Equal(["FDO2110A1BC"], router.Serials.Select(s => s.Value));
    }
}
