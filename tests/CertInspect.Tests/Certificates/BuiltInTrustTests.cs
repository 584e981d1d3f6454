using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

public sealed class BuiltInTrustTests
{
    // Cisco's published CA certificates and the SHA-256 of their DER, as Cisco's PKI page lists the files
    // (www.cisco.com/security/pki). Written out here, apart from the data file, so that a changed file or entry fails.
    public static TheoryData<string, string> Expected { get; } = new()
    {
        { "Cisco Root CA 2048", "83:27:BC:8C:9D:69:94:7B:3D:E3:C2:75:11:53:72:67:F5:9C:21:B9:FA:7B:61:3F:AF:BC:CD:53:B7:02:40:00" },
        { "Cisco Manufacturing CA", "C7:4D:4B:4A:14:51:9D:D0:65:19:1D:96:84:5E:8D:4E:C8:51:43:6B:C5:59:C4:A4:5E:24:CA:5C:7C:01:FC:D3" },
        { "ACT2 SUDI CA", "65:FA:B0:4A:EF:29:8B:E3:B9:42:E6:0E:1A:94:17:B9:C0:C6:A1:8E:E0:45:F2:D1:11:4D:55:67:42:65:83:FB" },
        { "Cisco Root CA M1", "70:5E:AA:FC:3F:F4:88:03:00:17:D5:98:32:60:3E:EF:AD:51:41:71:B5:83:80:86:75:F4:5C:19:0E:63:78:F8" },
        { "Cisco Root CA M2", "CD:85:16:7B:39:35:E2:7B:CC:3B:0F:5F:A2:4C:84:57:88:2D:0B:B9:94:F8:82:69:A7:F7:28:29:D9:57:EA:E9" },
        { "Cisco Manufacturing CA SHA2", "95:A0:E5:8A:99:8E:80:2A:C7:7A:D5:29:B9:AD:D8:E5:B4:0C:F9:0A:F3:9A:85:6D:B5:14:A3:63:46:50:1E:C5" },
        { "Cisco ECC Root CA", "8D:B4:9F:4B:13:EE:AD:89:C5:CC:A2:9E:C0:33:72:59:14:45:86:5B:7A:FD:E8:2C:33:76:0F:1C:94:7F:3B:FE" },
        { "ACT2 ECC SUDI CA", "F2:A3:92:57:1E:33:54:9A:B4:36:93:EF:55:67:FB:E6:07:8B:98:28:05:71:0C:26:FE:F6:D8:4A:C6:E8:4B:DB" },
        { "Cisco Root CA 2099", "E7:E1:27:93:64:3F:18:BE:E5:B8:E5:3A:B5:80:3B:B3:D5:9D:8E:63:D1:4C:E6:34:6C:00:4B:0D:FA:34:FE:CC" },
        { "High Assurance SUDI CA", "AD:DB:9F:88:2C:99:31:EB:35:AA:D5:1F:08:EB:FC:50:30:65:2C:19:A1:01:29:C0:D6:17:3E:D8:BE:70:4C:2A" },
    };

    private static readonly IReadOnlyList<LocatedCertificate> _builtIn = BuiltInTrust.Load(BuiltInRules.Set.Facts.CiscoCas);

    [Theory]
    [MemberData(nameof(Expected))]
    public void Load_EachCiscoCa_HasItsPublishedFingerprint(string commonName, string sha256)
    {
        LocatedCertificate ca = Assert.Single(_builtIn, c => c.Certificate.Subject.CommonName == commonName);

        Assert.Equal(sha256, ca.Certificate.Sha256Fingerprint);
        Assert.Equal(BuiltInTrust.Container, ca.Container);
    }

    [Fact]
    public void Load_BuiltInCatalogue_HoldsTenCertificates()
    {
        Assert.Equal(Expected.Count, _builtIn.Count);
    }

    [Fact]
    public void Load_CatalogueStatingAnotherFingerprint_Refuses()
    {
        var tampered = BuiltInRules.Set.Facts.CiscoCas.Select(ca => ca.Certificate == "cmca.pem" ? ca with { Sha256 = new string('0', 64) } : ca).ToList();

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => BuiltInTrust.Load(tampered));

        Assert.Contains("built-in:cmca.pem", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cisco Manufacturing CA", "Cisco Root CA 2048")]
    [InlineData("ACT2 SUDI CA", "Cisco Root CA 2048")]
    [InlineData("Cisco Manufacturing CA SHA2", "Cisco Root CA M2")]
    [InlineData("High Assurance SUDI CA", "Cisco Root CA 2099")]
    [InlineData("ACT2 ECC SUDI CA", "Cisco ECC Root CA")]
    public void Chain_RealCiscoIntermediateAlone_VerifiesToTheBuiltInRoot(string intermediate, string root)
    {
        // A real Cisco certificate given alone, as "show platform sudi certificate" exports a device's: the built-in
        // anchors complete and verify its chain.
        LocatedCertificate given = _builtIn.Single(c => c.Certificate.Subject.CommonName == intermediate) with { Container = "pem" };
        ChainBuilder chains = TrustPool.Create([given], [], _builtIn.Where(c => c.Certificate.Subject.CommonName != intermediate), new CatalogueChain(BuiltInRules.Set.Facts.CiscoCas));

        CertificateChain chain = chains.Build(given);

        Assert.Equal(ChainEnd.SelfIssued, chain.End);
        Assert.Equal(root, chain.Links[^1].Certificate.Certificate.Subject.CommonName);
        Assert.Equal(SignatureCheckResult.Valid, chain.Links[0].SignatureByIssuer?.Result);
        Assert.StartsWith($"built-in {root} (", chain.Anchor, StringComparison.Ordinal);
    }
}
