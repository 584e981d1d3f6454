using CertInspect.Certificates;
using static CertInspect.Tests.Certificates.NamedCertificates;

namespace CertInspect.Tests.Certificates;

public sealed class TextChainBuilderTests
{
    [Fact]
    public void Build_IssuersByName_EndsAtTheRootWithNoLinkVerified()
    {
        var builder = new TextChainBuilder();
        builder.Add(Named("Root", "Root"));
        builder.Add(Named("Issuing", "Root"));

        CertificateChain chain = builder.Build(Named("AP", "Issuing"));

        Assert.Equal(ChainEnd.SelfIssued, chain.End);
        Assert.Equal(["AP", "Issuing", "Root"], chain.Links.Select(l => l.Certificate.Certificate.Subject.CommonName));
        Assert.All(chain.Links, l => Assert.Same(TextChainBuilder.NotVerifiable, l.SignatureByIssuer));
    }

    [Fact]
    public void Build_AnIssuerNoCaptureDescribes_IsMissingWithTheCatalogueAbove()
    {
        var builder = new TextChainBuilder(new CatalogueChain(BuiltInRules.Set.Facts.CiscoCas));

        CertificateChain chain = builder.Build(Named("AP", "ACT2 SUDI CA"));

        Assert.Equal(ChainEnd.IssuerMissing, chain.End);
        Assert.Null(Assert.Single(chain.Links).SignatureByIssuer);
        Assert.Equal("ACT2 SUDI CA", chain.KnownAbove[0].CommonName);
    }

    [Fact]
    public void Build_SeveralCopiesOfAnIssuer_TakesTheOneTheLeafsCapturePrinted()
    {
        var builder = new TextChainBuilder();
        builder.Add(Named("Issuing", "Other root", "first.txt"));
        builder.Add(Named("Issuing", "Root", "second.txt"));

        CertificateChain chain = builder.Build(Named("AP", "Issuing", "second.txt"));

        Assert.Equal("second.txt", chain.Links[1].Certificate.Location.Source);
    }

    [Fact]
    public void Build_IssuersThatNameEachOther_IsBrokenAtTheFirstCertificateMetTwice()
    {
        var builder = new TextChainBuilder();
        builder.Add(Named("A", "B"));
        builder.Add(Named("B", "A"));

        CertificateChain chain = builder.Build(Named("AP", "A"));

        Assert.Equal(ChainEnd.Broken, chain.End);
        Assert.Equal(["AP", "A", "B"], chain.Links.Select(l => l.Certificate.Certificate.Subject.CommonName));
    }

    [Fact]
    public void Build_LongerThanAnyRealChain_IsBrokenAtTheLimit()
    {
        var builder = new TextChainBuilder();
        for (int i = 1; i <= 12; i++)
        {
            builder.Add(Named($"CA {i}", i == 12 ? $"CA {i}" : $"CA {i + 1}"));
        }

        CertificateChain chain = builder.Build(Named("AP", "CA 1"));

        Assert.Equal(ChainEnd.Broken, chain.End);
        Assert.Equal(ChainWalk.MaximumDepth, chain.Links.Count);
    }
}
