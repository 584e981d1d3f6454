using System.Security.Cryptography;
using CertInspect.Certificates;
using CertInspect.Evidence;

namespace CertInspect.Tests.Certificates;

public sealed class SignatureVerifierTests
{
    // Every signature scheme the fixtures and Cisco's built-in CAs use, with what it must verify to.
    public static TheoryData<string, string, SignatureCheckResult> Signatures { get; } = new()
    {
        { "aps/c1130-mic-expired.pem", "ca/manufacturing-sha1.pem", SignatureCheckResult.Valid },
        { "ca/manufacturing-sha1.pem", "ca/root-2048.pem", SignatureCheckResult.Valid },
        { "aps/ap1g4-mic.der", "ca/manufacturing-sha2.pem", SignatureCheckResult.Valid },
        { "aps/sudi-ecdsa.pem", "ca/ecc-sudi.pem", SignatureCheckResult.Valid },
        { "aps/pss-mic.pem", "ca/manufacturing-sha2.pem", SignatureCheckResult.Valid },
        { "aps/sudi-act2.pem", "ca/act2-sudi.pem", SignatureCheckResult.Valid },
        { "aps/ap1g4-mic.der", "ca/manufacturing-sha1.pem", SignatureCheckResult.Invalid },
        { "aps/sudi-act2-claims-cisco.pem", "builtin:ACT2 SUDI CA", SignatureCheckResult.Invalid },
        { "builtin:Cisco Manufacturing CA", "builtin:Cisco Root CA 2048", SignatureCheckResult.Valid },
        { "builtin:ACT2 ECC SUDI CA", "builtin:Cisco ECC Root CA", SignatureCheckResult.Valid },
    };

    private static readonly IReadOnlyList<LocatedCertificate> _builtIn = BuiltInTrust.Load(BuiltInRules.Set.Facts.CiscoCas);

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Verify_DefaultEngines_GiveTheExpectedResult(string subject, string issuer, SignatureCheckResult expected)
    {
        Assert.Equal(expected, SignatureVerifier.Default.Verify(Facts(subject), Facts(issuer)).Result);
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Verify_PlatformRefusingSha1_GivesTheSameResultThroughBouncyCastle(string subject, string issuer, SignatureCheckResult expected)
    {
        // What RHEL 9's default crypto policy does to SHA-1 signatures.
        var verifier = new SignatureVerifier(new RefusingEngine(refuseOnlySha1: true), new BouncyCastleSignatureEngine());

        SignatureCheck check = verifier.Verify(Facts(subject), Facts(issuer));

        Assert.Equal(expected, check.Result);
        if (Facts(subject).SignatureAlgorithm.IsSha1)
        {
            Assert.StartsWith("checked with BouncyCastle: the refusing platform refused", check.Detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Verify_PlatformRefusingEverything_GivesTheSameResultThroughBouncyCastle(string subject, string issuer, SignatureCheckResult expected)
    {
        var verifier = new SignatureVerifier(new RefusingEngine(refuseOnlySha1: false), new BouncyCastleSignatureEngine());

        Assert.Equal(expected, verifier.Verify(Facts(subject), Facts(issuer)).Result);
    }

    [Fact]
    public void Verify_BothEnginesRefusing_IsUnsupportedNamingBoth()
    {
        var verifier = new SignatureVerifier(new RefusingEngine(refuseOnlySha1: false), new RefusingEngine(refuseOnlySha1: false));

        SignatureCheck check = verifier.Verify(Facts("aps/c1130-mic-expired.pem"), Facts("ca/manufacturing-sha1.pem"));

        Assert.Equal(SignatureCheckResult.Unsupported, check.Result);
        Assert.Contains("refused by policy", check.Detail, StringComparison.Ordinal);
    }

    private static CertificateFacts Facts(string name) => name.StartsWith("builtin:", StringComparison.Ordinal)
        ? _builtIn.Single(c => c.Certificate.Subject.CommonName == name["builtin:".Length..]).Certificate
        : CertificateFixtures.Facts(name);

    // A platform engine under a policy: refuses SHA-1 (or everything) the way OpenSSL does, by throwing.
    private sealed class RefusingEngine(bool refuseOnlySha1) : ISignatureEngine
    {
        private readonly PlatformSignatureEngine _platform = new();

        public string Name => "refusing platform";

        public bool Verify(CertificateFacts subject, CertificateFacts issuer, HashAlgorithmName hash, SignatureScheme scheme) =>
            !refuseOnlySha1 || hash == HashAlgorithmName.SHA1
                ? throw new CryptographicException($"{hash.Name} refused by policy")
                : _platform.Verify(subject, issuer, hash, scheme);
    }
}
