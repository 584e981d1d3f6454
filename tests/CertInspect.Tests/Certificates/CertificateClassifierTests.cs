using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

public sealed class CertificateClassifierTests
{
    private readonly CertificateClassifier _classifier = new(BuiltInRules.Set.Facts.CiscoCas);

    [Theory]
    [InlineData("aps/c1130-mic-expired.pem", CertificateRole.Mic)]
    [InlineData("aps/ap1g4-mic.der", CertificateRole.Mic)]
    [InlineData("aps/controller-2504.pem", CertificateRole.Mic)]
    [InlineData("aps/sudi-ecdsa.pem", CertificateRole.Sudi)]
    [InlineData("aps/c1240-ssc.pem", CertificateRole.SelfSigned)]
    [InlineData("ca/root-2048.pem", CertificateRole.CertificateAuthority)]
    [InlineData("ca/manufacturing-sha2.pem", CertificateRole.CertificateAuthority)]
    public void Classify_ByIssuerAndSubject(string fixture, CertificateRole role) =>
        Assert.Equal(role, _classifier.Classify(CertificateFixtures.Facts(fixture)));

    [Theory]
    [InlineData("aps/c1130-mic-expired.pem", "C1130", "00:11:22:aa:bb:cc", null, null)]
    [InlineData("aps/ap1g4-mic.der", "AP1G4", "94:d4:69:f8:2d:e8", null, null)]
    [InlineData("aps/controller-2504.pem", "AIR-CT2504-K9", "00:21:1b:fe:58:c0", null, null)]
    [InlineData("aps/sudi-ecdsa.pem", "AIR-AP2802I-E-K9", "00:aa:bb:cc:dd:01", "AIR-AP2802I-E-K9", "FGL2131A3JS")]
    [InlineData("ca/root-m2.pem", null, null, null, null)]
    public void Identify_PlatformMacPidAndSerial(string fixture, string? platform, string? mac, string? pid, string? serial) =>
        Assert.Equal(new CertificateIdentity(platform, mac, pid, serial), CertificateClassifier.Identify(CertificateFixtures.Facts(fixture)));

    [Fact]
    public void IsGenuine_CiscoNamedCa_ComparesItsKeyWithTheBuiltInOne()
    {
        // The fixture CAs carry Cisco's names but not Cisco's keys; the built-in copies are Cisco's.
        Assert.False(_classifier.IsGenuine(CertificateFixtures.Facts("ca/manufacturing-sha2.pem")));
        Assert.False(_classifier.IsGenuine(CertificateFixtures.Facts("ca/ecc-root.pem")));
        Assert.Null(_classifier.IsGenuine(CertificateFixtures.Facts("aps/ap1g4-mic.der")));
        Assert.All(BuiltInTrust.Load(BuiltInRules.Set.Facts.CiscoCas), ca => Assert.True(_classifier.IsGenuine(ca.Certificate)));
    }

    [Fact]
    public void Classify_CertificateIssuedByAnotherCa_IsAnLscWhenItNamesADevice()
    {
        RuleSetWithoutCiscoCas rules = new();

        Assert.Equal(CertificateRole.Lsc, new CertificateClassifier(rules.Set.Facts.CiscoCas).Classify(CertificateFixtures.Facts("aps/ap1g4-mic.der")));
    }

    private sealed class RuleSetWithoutCiscoCas
    {
        public CertInspect.Rules.RuleSet Set { get; } = BuiltInRules.Set with { Facts = BuiltInRules.Set.Facts with { CiscoCas = [] } };
    }
}
