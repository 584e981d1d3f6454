using CertInspect.Evidence;

namespace CertInspect.Tests.Captures.Sections;

/// <summary>Issue 27, point 4: a SUDI subject pasted alone names the device; with openssl's dates it is a certificate.</summary>
public sealed class SudiSubjectSectionTests
{
    [Fact]
    public void Read_SubjectAlone_IsThePidAndSerialWithoutACertificate()
    {
        CapturedDevice sw = Assert.Single(CaptureFixtures.ReadField("sudi-subject-alone.md").Devices);

        Assert.Equal(["C9300-24P"], sw.Models.Select(m => m.Value));
        Assert.Equal(["FOC2719X0AB"], sw.Serials.Select(s => s.Value));
        Assert.Empty(sw.Certificates);
    }

    [Fact]
    public void Read_OpensslSubjectIssuerAndDates_IsTheCertificateAsText()
    {
        CapturedDevice sw = Assert.Single(CaptureFixtures.ReadField("openssl-subject-dates.md").Devices);

        CertificateFacts certificate = Assert.Single(sw.Certificates).Certificate;
        Assert.Equal(new DateTimeOffset(2029, 5, 14, 20, 25, 42, TimeSpan.Zero), certificate.NotAfter);
        Assert.Equal("ACT2 SUDI CA", certificate.Issuer.CommonName);
        Assert.Equal("N9K-C93180YC-FX", certificate.Subject.CommonName);
        Assert.Equal(["FDO23410ABC"], sw.Serials.Select(s => s.Value));
    }

    [Fact]
    public void Read_MaskedSerialInTheSubject_IsNotASerial()
    {
        CapturedDevice sw = Assert.Single(CaptureFixtures.ReadAsAuditDoes("subject=serialNumber = PID:N9K-C93180YC-EX SN:FXXXXX, CN = N9K-C93180YC-EX\n").Devices);

        Assert.Empty(sw.Serials);
        Assert.Equal(["N9K-C93180YC-EX"], sw.Models.Select(m => m.Value));
    }
}
