using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

/// <summary>Reads the fixtures made by testdata/certs/make_certs.py.</summary>
internal static class CertificateFixtures
{
    public static byte[] Bytes(string relative) => File.ReadAllBytes(TestData.Path("certs", relative));

    public static CertificateFileContents Read(string relative, string? password = null) =>
        CertificateFileReader.Read(Bytes(relative), relative, _ => password);

    public static LocatedCertificate One(string relative) => Assert.Single(Read(relative).Certificates);

    public static CertificateFacts Facts(string relative) => One(relative).Certificate;
}
