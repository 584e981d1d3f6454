using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

public sealed class ChainBuilderTests
{
    private static readonly string[] CaFixtures =
        ["ca/root-2048.pem", "ca/manufacturing-sha1.pem", "ca/root-m2.pem", "ca/manufacturing-sha2.pem", "ca/ecc-root.pem", "ca/ecc-sudi.pem"];

    [Theory]
    [InlineData("aps/c1130-mic-expired.pem", 3, "sha1")]
    [InlineData("aps/ap1g4-mic.der", 3, "sha256")]
    [InlineData("aps/sudi-ecdsa.pem", 3, "sha384")]
    public void Build_VerifiesEveryLinkToTheRoot(string leaf, int length, string hash)
    {
        CertificateChain chain = Builder().Build(CertificateFixtures.One(leaf));

        Assert.Equal(ChainEnd.SelfIssued, chain.End);
        Assert.Equal(length, chain.Links.Count);
        Assert.All(chain.Links, l => Assert.Equal(SignatureCheckResult.Valid, l.SignatureByIssuer?.Result));
        Assert.Equal([hash], chain.SignatureHashes);
    }

    [Fact]
    public void Build_RsaPss_IsVerified()
    {
        CertificateChain chain = Builder().Build(CertificateFixtures.One("aps/pss-mic.pem"));

        Assert.Equal(("rsassaPss-sha256", 32), (chain.Links[0].Certificate.Certificate.SignatureAlgorithm.Name, chain.Links[0].Certificate.Certificate.SignatureAlgorithm.PssSaltLength));
        Assert.Equal(SignatureCheckResult.Valid, chain.Links[0].SignatureByIssuer?.Result);
        Assert.Equal(["sha256"], chain.SignatureHashes);
    }

    [Fact]
    public void Verify_PssWithAnotherSaltLength_IsReportedAsUnchecked()
    {
        CertificateFacts pss = CertificateFixtures.Facts("aps/pss-mic.pem");
        CertificateFacts salted = pss with { SignatureAlgorithm = pss.SignatureAlgorithm with { PssSaltLength = 20 } };

        SignatureCheck check = SignatureVerifier.Default.Verify(salted, CertificateFixtures.Facts("ca/manufacturing-sha2.pem"));

        Assert.Equal(SignatureCheckResult.Unsupported, check.Result);
        Assert.Contains("salt of 20 bytes", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EffectiveEndIsTheEarliestAlongTheChain()
    {
        CertificateChain chain = Builder().Build(CertificateFixtures.One("aps/sudi-ecdsa.pem"));

        Assert.Equal(new DateTimeOffset(2053, 4, 24, 21, 53, 54, TimeSpan.Zero), chain.EffectiveEnd);
    }

    [Fact]
    public void Build_WithoutTheIssuer_IsIncomplete()
    {
        CertificateChain chain = new ChainBuilder().Build(CertificateFixtures.One("aps/ap1g4-mic.der"));

        Assert.Equal(ChainEnd.IssuerMissing, chain.End);
        Assert.Null(Assert.Single(chain.Links).SignatureByIssuer);
    }

    [Theory]
    [InlineData("broken/bad-signature.pem")]
    public void Build_BrokenSignature_IsInvalid(string leaf)
    {
        CertificateChain chain = Builder().Build(CertificateFixtures.One(leaf));

        Assert.True(chain.HasInvalidSignature);
        Assert.Equal(SignatureCheckResult.Invalid, chain.Links[0].SignatureByIssuer?.Result);
    }

    [Fact]
    public void Build_DualMic_TheSha2OneFailsUnderTheSha2Ca()
    {
        // CSCur43050: the SHA-2 MIC of an affected AP does not verify under Manufacturing CA SHA2.
        IReadOnlyList<LocatedCertificate> mics = CertificateFixtures.Read("aps/c2600-dual-mic.pem").Certificates;
        ChainBuilder builder = Builder();

        Assert.False(builder.Build(mics[0]).HasInvalidSignature);
        Assert.True(builder.Build(mics[1]).HasInvalidSignature);
    }

    [Fact]
    public void Build_SelfSigned_EndsAtItself()
    {
        CertificateChain chain = Builder().Build(CertificateFixtures.One("aps/c1240-ssc.pem"));

        Assert.Equal(ChainEnd.SelfIssued, chain.End);
        Assert.Equal(SignatureCheckResult.Valid, Assert.Single(chain.Links).SignatureByIssuer?.Result);
    }

    [Fact]
    public void Build_IssuersThatNameEachOther_IsBrokenAtTheFirstCertificateMetTwice()
    {
        var builder = new ChainBuilder();
        builder.Add(NamedCertificates.Named("A", "B"));
        builder.Add(NamedCertificates.Named("B", "A"));

        CertificateChain chain = builder.Build(NamedCertificates.Named("AP", "A"));

        Assert.Equal(ChainEnd.Broken, chain.End);
        Assert.Equal(["AP", "A", "B"], chain.Links.Select(l => l.Certificate.Certificate.Subject.CommonName));
    }

    [Fact]
    public void Build_LongerThanAnyRealChain_IsBrokenAtTheLimit()
    {
        var builder = new ChainBuilder();
        for (int i = 1; i <= 12; i++)
        {
            builder.Add(NamedCertificates.Named($"CA {i}", i == 12 ? $"CA {i}" : $"CA {i + 1}"));
        }

        CertificateChain chain = builder.Build(NamedCertificates.Named("AP", "CA 1"));

        Assert.Equal(ChainEnd.Broken, chain.End);
        Assert.Equal(ChainWalk.MaximumDepth, chain.Links.Count);
    }

    private static ChainBuilder Builder()
    {
        var builder = new ChainBuilder();
        foreach (string ca in CaFixtures)
        {
            builder.Add(CertificateFixtures.One(ca));
        }

        return builder;
    }
}
